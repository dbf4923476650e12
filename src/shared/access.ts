import type { Role } from "../generated/prisma/enums";
import { DomainError, ErrorCode } from "./errors";

/**
 * Who is asking: an anonymous reader, or a signed-in, enabled user whose role was read from
 * the database for this request (so a re-role or a disabling takes effect at once).
 */
export type Viewer = { kind: "anonymous" } | { kind: "user"; id: string; role: Role; email: string };

export const READER: Viewer = { kind: "anonymous" };

export const EDITOR_ROLES: readonly Role[] = ["ANNOTATOR", "REVIEWER", "ADMIN"];

export type WriteAction =
  "article:import" | "actor:create" | "actor:update" | "annotation:create" | "annotation:update" | "annotation:comment";

/** Which roles may attempt each write; row rules (ownership, state, four eyes) come after. */
const WRITE_ROLES: Record<WriteAction, readonly Role[]> = {
  "article:import": EDITOR_ROLES,
  "actor:create": EDITOR_ROLES,
  "actor:update": EDITOR_ROLES,
  "annotation:create": EDITOR_ROLES,
  "annotation:update": EDITOR_ROLES,
  "annotation:comment": EDITOR_ROLES,
};

/**
 * The gate every write passes through (services call it first, so a CLI or test that skips
 * GraphQL is held to the same rule as a resolver with @Authorized).
 */
export function authorizeWrite(
  viewer: Viewer,
  action: WriteAction,
): asserts viewer is Extract<Viewer, { kind: "user" }> {
  if (viewer.kind !== "user") {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `Sign in to ${action.replace(":", " ")}.`);
  }
  if (!WRITE_ROLES[action].includes(viewer.role)) {
    throw new DomainError(ErrorCode.FORBIDDEN, `A ${viewer.role} may not ${action.replace(":", " ")}.`);
  }
}

/** Signed-in editors see every workflow state; readers see published work only. */
export function seesUnpublished(viewer: Viewer): boolean {
  return viewer.kind === "user";
}

export function userIdOf(viewer: Viewer): string | null {
  return viewer.kind === "user" ? viewer.id : null;
}
