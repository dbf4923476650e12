import type { Viewer } from "../../shared/access/viewer";
import { authorizeWrite } from "../../shared/access/access.policy";
import type { PrismaClient } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";

export class CommentService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Adds a comment and appends a COMMENTED event in the same transaction. Comments do not
   * change the annotation, so they need no expected version and never conflict with edits.
   */
  async add(viewer: Viewer, input: { annotationId: string; body: string; parentId?: string | null }) {
    authorizeWrite(viewer, "annotation:comment");
    return this.prisma.$transaction(async (tx) => {
      const annotation = await tx.annotation.findUnique({ where: { id: input.annotationId } });
      if (!annotation) {
        throw new DomainError(ErrorCode.NOT_FOUND, "No such annotation.", { field: ["input", "annotationId"] });
      }
      if (input.parentId) {
        const parent = await tx.comment.findFirst({ where: { id: input.parentId, annotationId: annotation.id } });
        if (!parent) {
          throw new DomainError(ErrorCode.NOT_FOUND, "parentId must name a comment on the same annotation.", {
            field: ["input", "parentId"],
          });
        }
      }
      const comment = await tx.comment.create({
        data: {
          annotationId: annotation.id,
          authorId: viewer.id,
          parentId: input.parentId ?? null,
          body: input.body.trim(),
        },
      });
      await tx.annotationEvent.create({
        data: {
          annotationId: annotation.id,
          userId: viewer.id,
          kind: "COMMENTED",
          fromStatus: annotation.status,
          toStatus: annotation.status,
          version: annotation.version,
          comment: comment.body,
        },
      });
      return comment;
    });
  }
}
