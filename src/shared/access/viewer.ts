import type { Role } from "../../generated/prisma/enums";

/**
 * Who is asking: an anonymous reader, or a signed-in, enabled user whose role was read from
 * the database for this operation (so a re-role or a disabling takes effect at once). What a
 * viewer may read or write is decided only by the policy files (`*.policy.ts`).
 */
export type Viewer = { kind: "anonymous" } | EditorViewer;
export type EditorViewer = { kind: "user"; id: string; role: Role; email: string };

export const READER: Viewer = { kind: "anonymous" };
