import type { Role } from "../generated/prisma/enums";
import { DomainError, ErrorCode } from "./errors";

/**
 * Who is asking: an anonymous reader, or a signed-in, enabled user whose role was read from
 * the database for this request (so a re-role or a disabling takes effect at once).
 */
export type Viewer = { kind: "anonymous" } | { kind: "user"; id: string; role: Role; email: string };

export const READER: Viewer = { kind: "anonymous" };

export type WriteAction =
  "article:import" | "actor:create" | "actor:update" | "annotation:create" | "annotation:update" | "annotation:comment";

/**
 * The gate every write passes through (services call it first, so a CLI or test that skips
 * GraphQL is held to the same rule as a resolver with @Authorized). Every role is an editor
 * and may attempt these writes; row rules (ownership, state, four eyes) come after.
 */
export function authorizeWrite(
  viewer: Viewer,
  action: WriteAction,
): asserts viewer is Extract<Viewer, { kind: "user" }> {
  if (viewer.kind !== "user") {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `Sign in to ${action.replace(":", " ")}.`);
  }
}

/** Signed-in editors see every workflow state; readers see published work only. */
export function seesUnpublished(viewer: Viewer): boolean {
  return viewer.kind === "user";
}
