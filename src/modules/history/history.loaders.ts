import type { AnnotationEvent, Comment, User } from "../../generated/prisma/client";
import { Prisma } from "../../generated/prisma/client";
import type { ChildQuery } from "../../shared/database/per-parent";
import { asRow, perParentPages } from "../../shared/database/per-parent";
import type { Db } from "../../shared/database/prisma";
import { byKey, groupByKey, loader } from "../../shared/loaders";
import { editorIdsOf } from "../workflow/workflow.table";
import type { Page, PageArgs } from "../../shared/pagination";
import { emptyPage } from "../../shared/pagination";

/** An annotation's history, oldest first (versions, then write order). */
function historyOf(visible: Prisma.Sql): ChildQuery<AnnotationEvent> {
  return {
    columns: Prisma.sql`e.id, e.annotation_id AS "annotationId", e.user_id AS "userId", e.kind::text,
      e.from_status::text AS "fromStatus", e.to_status::text AS "toStatus", e.version, e.changes, e.comment,
      e.created_at AS "createdAt"`,
    from: Prisma.sql`annotation_events e`,
    where: (annotation) => Prisma.sql`e.annotation_id = ${annotation} AND ${visible}`,
    keys: [
      { field: "version", direction: "asc", type: "int", sql: Prisma.sql`e.version`, value: (row) => row.version },
      {
        field: "createdAt",
        direction: "asc",
        type: "date",
        sql: Prisma.sql`e.created_at`,
        value: (row) => row.createdAt,
      },
    ],
    id: Prisma.sql`e.id`,
    map: asRow<AnnotationEvent>,
  };
}

/** An annotation's comments, oldest first. */
const COMMENTS: ChildQuery<Comment> = {
  columns: Prisma.sql`m.id, m.annotation_id AS "annotationId", m.author_id AS "authorId", m.parent_id AS "parentId",
    m.body, m.created_at AS "createdAt"`,
  from: Prisma.sql`comments m`,
  where: (annotation) => Prisma.sql`m.annotation_id = ${annotation}`,
  keys: [
    {
      field: "createdAt",
      direction: "asc",
      type: "date",
      sql: Prisma.sql`m.created_at`,
      value: (row) => row.createdAt,
    },
  ],
  id: Prisma.sql`m.id`,
  map: asRow<Comment>,
};

/**
 * History, comments and their users, batched per operation, each statement with the viewer's
 * row rule merged in. A null rule (the viewer sees none of the type) answers without SQL.
 */
export function createHistoryLoaders(
  db: Db,
  visible: {
    events: Prisma.AnnotationEventWhereInput;
    eventsSql: (alias: Prisma.Sql) => Prisma.Sql;
    comments: Prisma.CommentWhereInput | null;
    users: Prisma.UserWhereInput | null;
  },
) {
  const { events, comments, users } = visible;
  const historyPage = perParentPages(db, historyOf(visible.eventsSql(Prisma.raw("e"))));
  const commentPage = perParentPages(db, COMMENTS);
  return {
    /** One page of an annotation's history (the viewer's events only). */
    historyPage,
    /** One page of an annotation's comments; empty for a viewer who sees no comments. */
    commentPage: (annotationId: string, args: PageArgs): Promise<Page<Comment>> =>
      comments ? commentPage(annotationId, args) : Promise.resolve(emptyPage<Comment>()),
    /** Everyone who has edited an annotation (the four-eyes rule needs it; see editorIdsOf). */
    editorIdsByAnnotationId: loader<string, string[]>(async (ids) => {
      const rows = await db.annotationEvent.findMany({
        where: { AND: [events, { annotationId: { in: [...ids] }, kind: "UPDATED" }] },
        select: { annotationId: true, kind: true, userId: true },
      });
      return groupByKey(ids, rows, (row) => row.annotationId).map(editorIdsOf);
    }),
    eventById: loader<string, AnnotationEvent | null>(async (ids) =>
      byKey(
        ids,
        await db.annotationEvent.findMany({ where: { AND: [events, { id: { in: [...ids] } }] } }),
        (event) => event.id,
      ),
    ),
    commentById: loader<string, Comment | null>(async (ids) =>
      comments
        ? byKey(
            ids,
            await db.comment.findMany({ where: { AND: [comments, { id: { in: [...ids] } }] } }),
            (comment) => comment.id,
          )
        : ids.map(() => null),
    ),
    userById: loader<string, User | null>(async (ids) =>
      users
        ? byKey(ids, await db.user.findMany({ where: { AND: [users, { id: { in: [...ids] } }] } }), (user) => user.id)
        : ids.map(() => null),
    ),
  };
}
