import { Prisma } from "../../generated/prisma/client";
import type { AnnotationKind } from "../../generated/prisma/enums";
import type { Db } from "../../shared/database/prisma";
import { queryPrepared } from "../../shared/database/prisma";
import type { ChildQuery, SqlSortKey } from "../../shared/database/per-parent";
import { perParentPages } from "../../shared/database/per-parent";
import { byKey, groupByKey, loader } from "../../shared/loaders";
import type { Page, PageArgs } from "../../shared/pagination";
import type { AnnotationRow } from "./annotation.service";
import { annotationRowSql } from "./annotation.version";

/** The edges that lead to annotations, each a parent id and its children's filter. */
export type AnnotationEdge =
  | { of: "article"; kind?: AnnotationKind; topic?: string | null }
  | { of: "speaker" }
  | { of: "subject" | "claimant" | "counterpart"; topic?: string | null }
  | { of: "quote" };

/** An annotation with its quote or claim, as one SQL row (annotations a ⟕ quotes q ⟕ claims c). */
const COLUMNS = Prisma.sql`a.id, a.article_id, a.kind::text, a.status::text, a.version, a.start, a."end", a.exact,
  a.prefix, a.suffix, a.revision, a.note, a.retraction_reason, a.author_id, a.last_editor_id, a.created_at, a.updated_at,
  q.annotation_id AS q_id, q.speaker_id, q.speaker_text, q.quote_kind::text,
  c.annotation_id AS c_id, c.topic_id, c.stance::text, c.subject_id, c.claimant_id, c.attribution_text,
  c.attribution_kind::text, c.quote_id`;

const FROM = Prisma.sql`annotations a
  LEFT JOIN quotes q ON q.annotation_id = a.id
  LEFT JOIN claims c ON c.annotation_id = a.id`;

/** Reads a COLUMNS row into the shape Prisma returns with annotationInclude. */
function annotationFromSql(row: Record<string, unknown>): AnnotationRow {
  const id = row.id as string;
  return {
    id,
    articleId: row.article_id,
    kind: row.kind,
    status: row.status,
    version: row.version,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    revision: row.revision,
    note: row.note,
    retractionReason: row.retraction_reason,
    authorId: row.author_id,
    lastEditorId: row.last_editor_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    quote: row.q_id
      ? { annotationId: id, speakerId: row.speaker_id, speakerText: row.speaker_text, quoteKind: row.quote_kind }
      : null,
    claim: row.c_id
      ? {
          annotationId: id,
          topicId: row.topic_id,
          stance: row.stance,
          subjectId: row.subject_id,
          claimantId: row.claimant_id,
          attributionText: row.attribution_text,
          attributionKind: row.attribution_kind,
          quoteId: row.quote_id,
        }
      : null,
  } as AnnotationRow;
}

/**
 * Text order within an article; across articles, by article (ids are time-ordered UUIDs, so
 * older imports first) and then position.
 */
const TEXT_ORDER: SqlSortKey<AnnotationRow>[] = [
  { field: "articleId", direction: "asc", type: "uuid", sql: Prisma.sql`a.article_id`, value: (row) => row.articleId },
  { field: "start", direction: "asc", type: "int", sql: Prisma.sql`a.start`, value: (row) => row.start },
];

const topicIs = (topic: string) => Prisma.sql`c.topic_id = (SELECT id FROM topics WHERE key = ${topic})`;

/** The SQL of one edge: which annotations are children of a parent, for a viewer. */
function edgeQuery(edge: AnnotationEdge, visible: (alias: Prisma.Sql) => Prisma.Sql): ChildQuery<AnnotationRow> {
  const conditions = (parent: Prisma.Sql): Prisma.Sql[] => {
    const visibleHere = visible(Prisma.raw("a"));
    switch (edge.of) {
      case "article":
        return [
          Prisma.sql`a.article_id = ${parent}`,
          visibleHere,
          ...(edge.kind ? [Prisma.sql`a.kind = ${edge.kind}::"AnnotationKind"`] : []),
          ...(edge.topic ? [topicIs(edge.topic)] : []),
        ];
      case "speaker":
        return [Prisma.sql`q.speaker_id = ${parent}`, visibleHere];
      case "quote":
        return [Prisma.sql`c.quote_id = ${parent}`, visibleHere];
      case "subject":
      case "claimant":
        return [
          Prisma.sql`c.${Prisma.raw(edge.of === "subject" ? "subject_id" : "claimant_id")} = ${parent}`,
          visibleHere,
          ...(edge.topic ? [topicIs(edge.topic)] : []),
        ];
      case "counterpart":
        return [
          Prisma.sql`EXISTS (SELECT 1 FROM claim_counterparts cc WHERE cc.claim_id = a.id AND cc.actor_id = ${parent})`,
          visibleHere,
          ...(edge.topic ? [topicIs(edge.topic)] : []),
        ];
    }
  };
  return {
    columns: COLUMNS,
    from: FROM,
    where: (parent) => Prisma.join(conditions(parent), " AND "),
    keys: TEXT_ORDER,
    id: Prisma.sql`a.id`,
    map: annotationFromSql,
  };
}

/**
 * Per-operation batch loaders for every edge that leads to annotations. Each batch is one
 * statement with the viewer's visibility rule merged into its WHERE, so nested lists cost a
 * fixed number of statements whatever the page size, read only the rows of the pages asked
 * for, and never show more than the lists do.
 */
export function createAnnotationLoaders(db: Db, visibleSql: (alias: Prisma.Sql) => Prisma.Sql) {
  // One batched page reader per edge (an edge and its filter), created when first asked for.
  const edges = new Map<string, ReturnType<typeof perParentPages<AnnotationRow>>>();

  return {
    /** One page of an edge's annotations for `parent`; totalCount runs a count only when asked for. */
    annotationPage(edge: AnnotationEdge, parent: string, args: PageArgs): Promise<Page<AnnotationRow>> {
      const key = JSON.stringify(edge);
      let pages = edges.get(key);
      if (!pages) edges.set(key, (pages = perParentPages(db, edgeQuery(edge, visibleSql))));
      return pages(parent, args);
    },

    /** Annotations with their quote or claim row, in one statement (Prisma's include would send three). */
    annotationById: loader<string, AnnotationRow | null>(async (ids) =>
      byKey(
        ids,
        await queryPrepared<AnnotationRow>(
          db,
          Prisma.sql`SELECT ${annotationRowSql("t")}
            FROM annotations t LEFT JOIN quotes t_q ON t_q.annotation_id = t.id
            LEFT JOIN claims t_c ON t_c.annotation_id = t.id
           WHERE t.id = ANY(${[...ids]}::uuid[]) AND ${visibleSql(Prisma.raw("t"))}`,
        ),
        (row) => row.id,
      ),
    ),

    /** Retraction notices are public: id, kind, time and reason only, never the content. */
    retractionsByArticleId: loader<
      string,
      { id: string; articleId: string; kind: AnnotationKind; updatedAt: Date; retractionReason: string | null }[]
    >(async (articleIds) =>
      groupByKey(
        articleIds,
        await db.annotation.findMany({
          where: { articleId: { in: [...articleIds] }, status: "RETRACTED" },
          select: { id: true, articleId: true, kind: true, updatedAt: true, retractionReason: true },
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
        }),
        (row) => row.articleId,
      ),
    ),
  };
}

export type AnnotationLoaders = ReturnType<typeof createAnnotationLoaders>;
