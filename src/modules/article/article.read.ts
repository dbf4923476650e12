import { Prisma } from "../../generated/prisma/client";
import { expectGlobalId } from "../../shared/graphql/global-id";
import type { FieldModel, ObjectModel, SqlKey } from "../../shared/read/model";
import { NotPlannable } from "../../shared/read/sql";
import { ACTOR, actorsOfArticle } from "../actor/actor.read";
import { annotationEdge, ANNOTATION, CLAIM, QUOTE } from "../annotation/annotation.read";

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

/** The orderings of the article list (ArticleService.list orders the same way, with the same cursor fields). */
export function articleOrder(order: { field?: string; direction?: string } | null | undefined): SqlKey<never>[] {
  const direction = order?.direction === "ASC" ? "asc" : "desc";
  switch (order?.field) {
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
  where: (args) => {
    if (args.filter != null) throw new NotPlannable("a filtered article list");
    return Prisma.sql`TRUE`;
  },
  keys: (args) => articleOrder(args.orderBy as { field?: string; direction?: string } | null),
};

export const ARTICLE_BY_ID: FieldModel = {
  kind: "one",
  target: ARTICLE,
  where: (_t, c, args) => Prisma.sql`${raw(`${c}.id`)} = ${expectGlobalId(String(args.id), ["Article"], ["id"])}::uuid`,
};
