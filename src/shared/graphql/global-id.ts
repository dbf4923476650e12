import { DomainError, ErrorCode } from "../errors";
import { isUuid } from "../ids";

/**
 * Opaque global object identifiers (GraphQL Global Object Identification, Relay): base64url of
 * "<TypeName>:<database id>". Clients must treat them as opaque strings.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  // Database ids are lower-case UUIDs; loaders key on them, so normalise the case here.
  const id = decoded.slice(colon + 1).toLowerCase();
  return isUuid(id) ? { type: decoded.slice(0, colon), id } : null;
}

/** Decodes a global id that must name one of `types`; `field` names the input at fault. */
export function expectGlobalId(globalId: string, types: readonly string[], field: string[]): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || !types.includes(decoded.type)) {
    throw new DomainError(ErrorCode.INVALID_ID, `"${globalId}" is not the id of a ${types.join(" or ")}.`, { field });
  }
  return decoded.id;
}

/** expectGlobalId for an optional input: null and undefined (absent, or "clear it") pass through. */
export function optionalGlobalId<T extends string | null | undefined>(
  globalId: T,
  types: readonly string[],
  field: string[],
): string | Exclude<T, string> {
  return globalId == null ? (globalId as Exclude<T, string>) : expectGlobalId(globalId, types, field);
}
