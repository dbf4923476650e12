import { Prisma } from "../../generated/prisma/client";
import type { AnnotationStatus, AttributionKind, Stance } from "../../generated/prisma/enums";
import type { ReadPolicy } from "../../policy";
import { expectGlobalId, optionalGlobalId } from "../../shared/graphql/global-id";
import type { FieldModel, ObjectModel, SqlKey } from "../../shared/read/model";
import { matchesSearch, relevanceKey, withSearch } from "../../shared/read/search";
import { and, NotPlannable } from "../../shared/read/sql";
import { ACTOR, actorsOfArticle } from "../actor/actor.read";
import { annotationEdge, ANNOTATION, CLAIM, mentionsActorSql, QUOTE } from "../annotation/annotation.read";

/** How articles read in SQL (shared/read/model.ts): `articles t`. */
const raw = (sql: string) => Prisma.raw(sql);
const value = (column: string, format?: "datetime"): FieldModel => ({
  kind: "value",
  sql: (t) => raw(`${t}.${column}`),
  format,
});

/** What readers may know of a retracted annotation: that it existed, when and why it was withdrawn. */
const RETRACTION_NOTICE: ObjectModel = {
  type: "RetractionNotice",
  from: (t) => raw(`annotations ${t}`),
  fields: {
    id: {
      kind: "json",
      sql: (t) =>
        raw(`to_json(translate(encode(convert_to((CASE WHEN ${t}.kind = 'CLAIM' THEN 'Claim:' ELSE 'Quote:' END)
          || ${t}.id::text, 'UTF8'), 'base64'), E'+/\\n=', '-_'))`),
    },
    kind: value("kind"),
    retractedAt: value("updated_at", "datetime"),
    reason: { kind: "value", sql: (t) => raw(`coalesce(${t}.retraction_reason, '')`) },
  },
};

export const ARTICLE: ObjectModel = {
  type: "Article",
  from: (t) => raw(`articles ${t}`),
  fields: {
    id: { kind: "id", type: "Article", sql: (t) => raw(`${t}.id`) },
    title: value("title"),
    source: value("source"),
    url: value("url"),
    publishedAt: value("published_at", "datetime"),
    language: value("language"),
    body: value("body"),
    contentHash: value("content_hash"),
    revision: value("revision"),
    createdAt: value("created_at", "datetime"),
    quotes: annotationEdge(
      () => QUOTE,
      "QUOTE",
      (t, c) => raw(`${c}.article_id = ${t}.id`),
    ),
    claims: annotationEdge(
      () => CLAIM,
      "CLAIM",
      (t, c) => raw(`${c}.article_id = ${t}.id`),
      { topic: true },
    ),
    annotations: annotationEdge(
      () => ANNOTATION,
      null,
      (t, c) => raw(`${c}.article_id = ${t}.id`),
    ),
    retractions: {
      kind: "list",
      target: RETRACTION_NOTICE,
      from: (c) => raw(`annotations ${c}`),
      where: (t, c) => raw(`${c}.article_id = ${t}.id AND ${c}.status = 'RETRACTED'`),
      order: (c) => raw(`${c}.updated_at, ${c}.id`),
    },
    actors: {
      kind: "connection",
      get target() {
        return ACTOR;
      },
      where: (_args, t, c, policy) => {
        if (t === null) throw new NotPlannable("Article.actors needs an article");
        return actorsOfArticle(t, c, policy);
      },
      keys: () => [
        {
          field: "normalizedName",
          direction: "asc",
          type: "text",
          sql: (c) => raw(`${c}.normalized_name`),
          value: () => null,
        },
      ],
    },
  },
};

/** What the article list can be filtered by (ArticleFilter, with the actor's id decoded). */
export interface ArticleListFilter {
  search?: string | null;
  source?: string | null;
  actorId?: string | null;
  topic?: string | null;
  stance?: Stance | null;
  attributionKind?: AttributionKind | null;
  status?: AnnotationStatus[] | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
}

/** An article's language, for searches (shared/read/search.ts). */
export const articleLanguage = (t: string) => `${t}.language`;

/** The article list's rows under alias `t`: `articles t`, and a search's tsquery (shared/read/search.ts). */
export function articleFrom(filter: ArticleListFilter, t: string): Prisma.Sql {
  return withSearch(raw(`articles ${t}`), filter.search, t);
}

/**
 * The article list's filter as SQL over articleFrom's rows, the one definition both read paths use
 * (the planner's connection and ArticleService.list). Conditions on annotations count only the
 * annotations the viewer sees.
 */
export function articleFilterSql(filter: ArticleListFilter, policy: ReadPolicy, t: string): Prisma.Sql {
  const column = (name: string) => raw(`${t}.${name}`);
  const visibleAnnotation = (a: string, more: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM annotations ${raw(a)} LEFT JOIN quotes ${raw(`${a}_q`)} ON ${raw(`${a}_q.annotation_id = ${a}.id`)}
      LEFT JOIN claims ${raw(`${a}_c`)} ON ${raw(`${a}_c.annotation_id = ${a}.id`)}
      WHERE ${raw(`${a}.article_id = ${t}.id`)} AND ${policy.annotationsSql(raw(a))} AND ${more})`;
  const conditions: Prisma.Sql[] = [];
  if (filter.search) conditions.push(matchesSearch(t, articleLanguage));
  if (filter.source) conditions.push(Prisma.sql`${column("source")} = ${filter.source}`);
  if (filter.publishedAfter) conditions.push(Prisma.sql`${column("published_at")} >= ${filter.publishedAfter}`);
  if (filter.publishedBefore) conditions.push(Prisma.sql`${column("published_at")} < ${filter.publishedBefore}`);
  if (filter.actorId) {
    const a = `${t}_fa`;
    conditions.push(visibleAnnotation(a, mentionsActorSql(a, filter.actorId)));
  }
  // Topic, stance, attribution and state hold of one and the same visible annotation.
  const claimOnly = filter.topic || filter.stance || filter.attributionKind;
  if (claimOnly || filter.status) {
    const a = `${t}_ft`;
    conditions.push(
      visibleAnnotation(
        a,
        and([
          claimOnly ? raw(`${a}_c.annotation_id IS NOT NULL`) : null,
          filter.topic
            ? Prisma.sql`${raw(`${a}_c.topic_id`)} = (SELECT id FROM topics WHERE key = ${filter.topic})`
            : null,
          filter.stance ? Prisma.sql`${raw(`${a}_c.stance`)} = ${filter.stance}::"Stance"` : null,
          filter.attributionKind
            ? Prisma.sql`${raw(`${a}_c.attribution_kind`)} = ${filter.attributionKind}::"AttributionKind"`
            : null,
          filter.status
            ? Prisma.sql`${raw(`${a}.status`)} = ANY(${filter.status}::text[]::"AnnotationStatus"[])`
            : null,
        ]),
      ),
    );
  }
  return and(conditions);
}

/** The orderings of the article list (relevance only when searching; the resolvers order the same way). */
export function articleOrder(
  order: { field?: string; direction?: string } | null | undefined,
  search?: string | null,
): SqlKey<never>[] {
  const direction = order?.direction === "ASC" ? "asc" : "desc";
  const field = order?.field ?? (search ? "RELEVANCE" : "PUBLISHED_AT");
  switch (field) {
    case "RELEVANCE":
      return [relevanceKey(direction, search, articleLanguage)];
    case "TITLE":
      return [{ field: "title", direction, type: "text", sql: (t) => raw(`${t}.title`), value: () => null }];
    case "CREATED_AT":
      return [{ field: "createdAt", direction, type: "date", sql: (t) => raw(`${t}.created_at`), value: () => null }];
    default:
      return [
        {
          field: "publishedAt",
          direction,
          nullable: true,
          type: "date",
          sql: (t) => raw(`${t}.published_at`),
          value: () => null,
        },
      ];
  }
}

export const ARTICLE_LIST: FieldModel = {
  kind: "connection",
  target: ARTICLE,
  from: (args, c) => articleFrom(articleListFilter(args.filter), c),
  where: (args, _t, c, policy) => articleFilterSql(articleListFilter(args.filter), policy, c),
  keys: (args) =>
    articleOrder(args.orderBy as { field?: string; direction?: string } | null, articleListFilter(args.filter).search),
};

export const ARTICLE_BY_ID: FieldModel = {
  kind: "one",
  target: ARTICLE,
  where: (_t, c, args) => Prisma.sql`${raw(`${c}.id`)} = ${expectGlobalId(String(args.id), ["Article"], ["id"])}::uuid`,
};

/** ArticleFilter as GraphQL coerced it, the actor's global id decoded (a bad one is refused as the resolvers refuse it). */
export function articleListFilter(filter: unknown): ArticleListFilter {
  if (filter == null) return {};
  const given = filter as ArticleListFilter & { actor?: string | null };
  return { ...given, actorId: optionalGlobalId(given.actor, ["Actor"], ["filter", "actor"]) };
}
