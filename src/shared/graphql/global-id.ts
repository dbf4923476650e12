import { DomainError, ErrorCode } from "../errors";

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
  const id = decoded.slice(colon + 1);
  return UUID.test(id) ? { type: decoded.slice(0, colon), id } : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global id that must name one of `types`; `field` names the input at fault. */
export function expectGlobalId(globalId: string, types: readonly string[], field: string[]): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || !types.includes(decoded.type)) {
    throw new DomainError(ErrorCode.INVALID_ID, `"${globalId}" is not the id of a ${types.join(" or ")}.`, { field });
  }
  return decoded.id;
}
