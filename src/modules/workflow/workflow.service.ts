import type { AnnotationStatus } from "../../generated/prisma/enums";
import type { Viewer } from "../../shared/access/viewer";
import { authorizeWrite, editorOf } from "../../shared/access/access.policy";
import type { PrismaClient } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";
import type { AnnotationRow } from "../annotation/annotation.service";
import { readForWrite, writeVersion } from "../annotation/annotation.version";
import type { Subject } from "./workflow.table";
import { availableMoves, checkMove } from "./workflow.table";

export interface TransitionFields {
  id: string;
  to: AnnotationStatus;
  expectedVersion: number;
  comment?: string | null;
}

export class WorkflowService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * The moves the viewer may make on an annotation now (none for readers). `editorIds` reads who
   * has edited it, only when the viewer is an editor.
   */
  async available(viewer: Viewer, subject: Omit<Subject, "editorIds">, editorIds: () => Promise<string[]>) {
    const editor = editorOf(viewer);
    if (!editor) return [];
    return availableMoves({ userId: editor.id, role: editor.role }, { ...subject, editorIds: await editorIds() });
  }

  /**
   * Moves an annotation to another state, as the transition table allows, under optimistic
   * concurrency: the state (with who has edited it) is read in one statement at the expected
   * version, and the move and its history event are one statement conditional on that version,
   * so of concurrent moves and edits based on one version exactly one wins.
   */
  async transition(viewer: Viewer, input: TransitionFields): Promise<AnnotationRow> {
    authorizeWrite(viewer, "annotation:update");
    const current = await readForWrite(this.prisma, input.id, input.expectedVersion, { editors: true });
    const verdict = checkMove({ userId: viewer.id, role: viewer.role }, current, input.to, input.comment);
    if (!verdict.ok) {
      throw new DomainError(verdict.code, verdict.reason, {
        field: ["input", verdict.code === ErrorCode.COMMENT_REQUIRED ? "comment" : "to"],
      });
    }
    const comment = input.comment?.trim() || null;
    const annotation = await writeVersion(
      this.prisma,
      current.id,
      input.expectedVersion,
      {
        status: input.to,
        // Accepting a machine suggestion makes the accepting editor its author.
        ...(current.status === "SUGGESTED" && input.to === "DRAFT" ? { authorId: viewer.id } : {}),
        ...(input.to === "RETRACTED" ? { retractionReason: comment } : {}),
      },
      { kind: "TRANSITIONED", userId: viewer.id, fromStatus: current.status, comment },
    );
    return { ...annotation, quote: current.quote, claim: current.claim };
  }
}
