import type { Role } from "../../generated/prisma/enums";
import { DomainError, ErrorCode } from "../errors";
import type { EditorViewer, Viewer } from "./viewer";

/**
 * The primitive access rules. Every decision about a viewer — which rows, which fields, which
 * writes — is built from these, in the policy files; nothing else inspects a viewer's kind or
 * role. Readers are anonymous; every signed-in user is an editor of some role.
 */

/** Who may read something or do something. */
export type Audience = "everyone" | "editors" | "reviewers" | "admins";

export const AUDIENCE_ROLES: Record<Exclude<Audience, "everyone" | "editors">, readonly Role[]> = {
  reviewers: ["REVIEWER", "ADMIN"],
  admins: ["ADMIN"],
};

export type Decision = { allowed: true } | { allowed: false; code: ErrorCode; reason: string };

const ALLOWED: Decision = { allowed: true };

/** Whether `viewer` belongs to `audience`: readers are told to sign in, editors of another role are forbidden. */
export function decide(audience: Audience, viewer: Viewer): Decision {
  if (audience === "everyone") return ALLOWED;
  if (viewer.kind !== "user") {
    return { allowed: false, code: ErrorCode.UNAUTHENTICATED, reason: "Sign in to see or do this." };
  }
  if (audience === "editors" || AUDIENCE_ROLES[audience].includes(viewer.role)) return ALLOWED;
  return { allowed: false, code: ErrorCode.FORBIDDEN, reason: `Only ${audience} may see or do this.` };
}

/** The signed-in editor, or null for a reader. */
export function editorOf(viewer: Viewer): EditorViewer | null {
  return viewer.kind === "user" ? viewer : null;
}

/** Signed-in editors see every workflow state; readers see published work only. */
export function seesUnpublished(viewer: Viewer): boolean {
  return viewer.kind === "user";
}

/** Coarse role check for @Authorized(...roles): an empty list means any signed-in editor. */
export function hasRole(viewer: Viewer, roles: readonly string[]): Decision {
  if (roles.length === 0) return decide("editors", viewer);
  if (viewer.kind !== "user") return decide("editors", viewer);
  return roles.includes(viewer.role)
    ? ALLOWED
    : { allowed: false, code: ErrorCode.FORBIDDEN, reason: `Only ${roles.join(" or ")} may do this.` };
}

/** Throws the refusal a decision carries, naming what was refused. */
export function enforce(decision: Decision, what?: string): void {
  if (!decision.allowed) throw new DomainError(decision.code, what ? `${what}: ${decision.reason}` : decision.reason);
}

export type WriteAction =
  | "article:import"
  | "article:correct"
  | "actor:create"
  | "actor:update"
  | "actor:merge"
  | "annotation:create"
  | "annotation:update"
  | "annotation:comment";

/**
 * The gate every write passes through (services call it first, so a CLI or test that skips
 * GraphQL is held to the same rule as a resolver with @Authorized). Every role is an editor
 * and may attempt these writes; row rules (ownership, state, four eyes) come after.
 */
export function authorizeWrite(viewer: Viewer, action: WriteAction): asserts viewer is EditorViewer {
  if (viewer.kind !== "user") {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `Sign in to ${action.replace(":", " ")}.`);
  }
}

/** Admin-only operations (users, later topics and merges). */
export function requireAdmin(viewer: Viewer, what: string): asserts viewer is EditorViewer {
  if (viewer.kind !== "user") throw new DomainError(ErrorCode.UNAUTHENTICATED, "Sign in as an admin.");
  if (viewer.role !== "ADMIN") throw new DomainError(ErrorCode.FORBIDDEN, `Only admins ${what}.`);
}
