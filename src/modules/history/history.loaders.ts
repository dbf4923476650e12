import DataLoader from "dataloader";
import type { AnnotationEvent, Comment, Prisma, User } from "../../generated/prisma/client";
import type { Db } from "../../shared/database/prisma";
import { byKey, groupByKey } from "../../shared/loaders";

/**
 * History, comments and their users, batched per operation, each query with the viewer's row
 * rule merged in. A null rule (the viewer sees none of the type) answers without SQL.
 */
export function createHistoryLoaders(
  db: Db,
  visible: {
    events: Prisma.AnnotationEventWhereInput;
    comments: Prisma.CommentWhereInput | null;
    users: Prisma.UserWhereInput | null;
  },
) {
  const { events, comments, users } = visible;
  return {
    eventsByAnnotationId: new DataLoader<string, AnnotationEvent[]>(async (ids) =>
      groupByKey(
        ids,
        await db.annotationEvent.findMany({
          where: { AND: [events, { annotationId: { in: [...ids] } }] },
          orderBy: [{ version: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        }),
        (event) => event.annotationId,
      ),
    ),
    eventById: new DataLoader<string, AnnotationEvent | null>(async (ids) =>
      byKey(
        ids,
        await db.annotationEvent.findMany({ where: { AND: [events, { id: { in: [...ids] } }] } }),
        (event) => event.id,
      ),
    ),
    commentsByAnnotationId: new DataLoader<string, Comment[]>(async (ids) =>
      comments
        ? groupByKey(
            ids,
            await db.comment.findMany({
              where: { AND: [comments, { annotationId: { in: [...ids] } }] },
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            }),
            (comment) => comment.annotationId,
          )
        : ids.map(() => []),
    ),
    commentById: new DataLoader<string, Comment | null>(async (ids) =>
      comments
        ? byKey(
            ids,
            await db.comment.findMany({ where: { AND: [comments, { id: { in: [...ids] } }] } }),
            (comment) => comment.id,
          )
        : ids.map(() => null),
    ),
    userById: new DataLoader<string, User | null>(async (ids) =>
      users
        ? byKey(ids, await db.user.findMany({ where: { AND: [users, { id: { in: [...ids] } }] } }), (user) => user.id)
        : ids.map(() => null),
    ),
  };
}
