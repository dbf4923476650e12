import { Prisma } from "../../generated/prisma/client";
import { expectGlobalId } from "../../shared/graphql/global-id";
import type { ReadPolicy } from "../../policy";
import type { FieldModel, ObjectModel } from "../../shared/read/model";
import { NotPlannable } from "../../shared/read/sql";
import { annotationEdge, CLAIM, QUOTE } from "../annotation/annotation.read";
import { actorIdSql } from "./actor.merge";

/** How actors read in SQL (shared/read/model.ts): `actors t`. */
const raw = (sql: string) => Prisma.raw(sql);
const value = (column: string, format?: "datetime"): FieldModel => ({
  kind: "value",
  sql: (t) => raw(`${t}.${column}`),
  format,
});

export const ACTOR: ObjectModel = {
  type: "Actor",
  from: (t) => raw(`actors ${t}`),
  fields: {
    id: { kind: "id", type: "Actor", sql: (t) => raw(`${t}.id`) },
    name: value("name"),
    kind: value("kind"),
    countryCode: value("country_code"),
    description: value("description"),
    externalId: value("external_id"),
    version: value("version"),
    createdAt: value("created_at", "datetime"),
    updatedAt: value("updated_at", "datetime"),
    aliases: {
      kind: "json",
      sql: (t) =>
        raw(`(SELECT coalesce(json_agg(${t}_al.alias ORDER BY ${t}_al.alias), '[]'::json)
                FROM actor_aliases ${t}_al WHERE ${t}_al.actor_id = ${t}.id)`),
    },
    quotes: annotationEdge(
      () => QUOTE,
      "QUOTE",
      (t, c) => raw(`${c}_q.speaker_id = ${t}.id`),
    ),
    claimsMade: annotationEdge(
      () => CLAIM,
      "CLAIM",
      (t, c) => raw(`${c}_c.claimant_id = ${t}.id`),
      { topic: true },
    ),
    claimsAbout: annotationEdge(
      () => CLAIM,
      "CLAIM",
      (t, c) => raw(`${c}_c.subject_id = ${t}.id`),
      { topic: true },
    ),
    claimsAsCounterpart: annotationEdge(
      () => CLAIM,
      "CLAIM",
      (t, c) =>
        raw(
          `EXISTS (SELECT 1 FROM claim_counterparts ${c}_x WHERE ${c}_x.claim_id = ${c}.id AND ${c}_x.actor_id = ${t}.id)`,
        ),
      { topic: true },
    ),
  },
};

/** The actors the visible annotations of the article row `article` name in any role (as the Article.actors loader reads them). */
export function actorsOfArticle(article: string, c: string, policy: ReadPolicy): Prisma.Sql {
  const a = `${c}_a`;
  const visible = policy.annotationsSql(raw(a));
  const named = (column: string, join: string) =>
    Prisma.sql`SELECT ${raw(column)} FROM annotations ${raw(a)} JOIN ${raw(join)}
      WHERE ${raw(`${a}.article_id = ${article}.id`)} AND ${visible}`;
  return Prisma.sql`${raw(`${c}.id`)} IN (
    ${named(`${a}_q.speaker_id`, `quotes ${a}_q ON ${a}_q.annotation_id = ${a}.id`)}
    UNION ${named(`${a}_c.subject_id`, `claims ${a}_c ON ${a}_c.annotation_id = ${a}.id`)}
    UNION ${named(`${a}_c.claimant_id`, `claims ${a}_c ON ${a}_c.annotation_id = ${a}.id`)}
    UNION ${named(`${a}_x.actor_id`, `claim_counterparts ${a}_x ON ${a}_x.claim_id = ${a}.id`)})`;
}

/** Merged actors are never listed; their ids resolve to the survivor (actorIdSql). */
export const ACTOR_LIST: FieldModel = {
  kind: "connection",
  target: ACTOR,
  where: (args, _t, c) => {
    if (args.filter != null) throw new NotPlannable("a filtered actor list");
    return raw(`${c}.merged_into_id IS NULL`);
  },
  keys: (args) => {
    const order = args.orderBy as { field?: string; direction?: string } | null | undefined;
    const direction = order?.direction === "DESC" ? "desc" : "asc";
    return order?.field === "CREATED_AT"
      ? [{ field: "createdAt", direction, type: "date", sql: (t) => raw(`${t}.created_at`), value: () => null }]
      : [
          {
            field: "normalizedName",
            direction,
            type: "text",
            sql: (t) => raw(`${t}.normalized_name`),
            value: () => null,
          },
        ];
  },
};

export const ACTOR_BY_ID: FieldModel = {
  kind: "one",
  target: ACTOR,
  where: (_t, c, args) =>
    Prisma.sql`${raw(`${c}.id`)} = ${actorIdSql(expectGlobalId(String(args.id), ["Actor"], ["id"]))}`,
};
