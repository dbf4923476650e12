import DataLoader from "dataloader";
import type { AnnotationEvent, Comment, User } from "../../generated/prisma/client";
import type { Db } from "../../shared/database/prisma";
import { byKey, groupByKey } from "../../shared/loaders";

/**
 * History, comments and their users, batched per request. Only editors reach these (the
 * fields are @Authorized), so no visibility rule applies beyond that.
 */
export function createHistoryLoaders(db: Db) {
  return {
    eventsByAnnotationId: new DataLoader<string, AnnotationEvent[]>(async (ids) =>
      groupByKey(
        ids,
        await db.annotationEvent.findMany({
          where: { annotationId: { in: [...ids] } },
          orderBy: [{ version: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        }),
        (event) => event.annotationId,
      ),
    ),
    commentsByAnnotationId: new DataLoader<string, Comment[]>(async (ids) =>
      groupByKey(
        ids,
        await db.comment.findMany({
          where: { annotationId: { in: [...ids] } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
        (comment) => comment.annotationId,
      ),
    ),
    commentById: new DataLoader<string, Comment | null>(async (ids) =>
      byKey(ids, await db.comment.findMany({ where: { id: { in: [...ids] } } }), (comment) => comment.id),
    ),
    eventById: new DataLoader<string, AnnotationEvent | null>(async (ids) =>
      byKey(ids, await db.annotationEvent.findMany({ where: { id: { in: [...ids] } } }), (event) => event.id),
    ),
    userById: new DataLoader<string, User | null>(async (ids) =>
      byKey(ids, await db.user.findMany({ where: { id: { in: [...ids] } } }), (user) => user.id),
    ),
  };
}
