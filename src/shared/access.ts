import { DomainError, ErrorCode } from "./errors";

/**
 * Who is asking. Until sign-in lands every request is anonymous; `mayWrite` says whether the
 * deployment lets anonymous callers write (development only, see Config.allowAnonymousWrites).
 */
export type Viewer = { kind: "anonymous"; mayWrite: boolean };

export type WriteAction =
  "article:import" | "actor:create" | "actor:update" | "annotation:create" | "annotation:update";

/**
 * The single gate every write passes through (services call it first). Role and ownership
 * rules plug in here; nothing else decides whether a write is allowed.
 */
export function authorizeWrite(viewer: Viewer, action: WriteAction): void {
  if (!viewer.mayWrite) {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `Sign in to ${action.replace(":", " ")}.`);
  }
}

/** Readers (and, for now, everyone) see published annotations only. */
export function seesUnpublished(viewer: Viewer): boolean {
  return viewer.kind !== "anonymous";
}
