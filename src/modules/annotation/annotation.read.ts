import { Prisma } from "../../generated/prisma/client";
import type { AnnotationKind, AnnotationStatus, AttributionKind, Stance } from "../../generated/prisma/enums";
import { optionalGlobalId } from "../../shared/graphql/global-id";
import type { ReadPolicy } from "../../policy";
import type { Args, FieldModel, InterfaceModel, ObjectModel, SqlKey } from "../../shared/read/model";
import { matchesSearch, relevanceKey, withSearch } from "../../shared/read/search";
import { and, NotPlannable } from "../../shared/read/sql";
import { ACTOR } from "../actor/actor.read";
import { actorIdSql } from "../actor/actor.merge";
import { ARTICLE } from "../article/article.read";
import { TOPIC } from "../topic/topic.read";

/**
 * How quotes and claims read in SQL (shared/read/model.ts). A row is an annotation with its
 * quote or claim: `annotations t`, `quotes t_q`, `claims t_c`.
 */
const raw = (sql: string) => Prisma.raw(sql);

function from(t: string): Prisma.Sql {
  return raw(`annotations ${t} LEFT JOIN quotes ${t}_q ON ${t}_q.annotation_id = ${t}.id
    LEFT JOIN claims ${t}_c ON ${t}_c.annotation_id = ${t}.id`);
}

const visible = (policy: ReadPolicy, t: string) => policy.annotationsSql(raw(t));

/**
 * Text order: by article (ids are time-ordered UUIDs, so older imports first), then where the
 * span starts. The cursor fields are those of the resolvers' lists, so cursors work on both paths.
 */
export function textOrder(direction: "asc" | "desc" = "asc"): SqlKey<never>[] {
  return [
    { field: "articleId", direction, type: "uuid", sql: (t) => raw(`${t}.article_id`), value: () => null },
    { field: "start", direction, type: "int", sql: (t) => raw(`${t}.start`), value: () => null },
  ];
}

/** A column of the annotation, or (`table` "q" or "c") of its quote or claim. */
const value = (column: string, table?: "q" | "c" | "datetime"): FieldModel => ({
  kind: "value",
  sql: (t) => raw(table === "q" || table === "c" ? `${t}_${table}.${column}` : `${t}.${column}`),
  format: table === "datetime" ? "datetime" : undefined,
});

/** The fields every annotation has. Targets in other modules are getters: the modules import each other. */
function annotationFields(type: "Quote" | "Claim"): Record<string, FieldModel> {
  return {
    id: { kind: "id", type, sql: (t) => raw(`${t}.id`) },
    kind: value("kind"),
    start: value("start"),
    end: value(`"end"`),
    exact: value("exact"),
    prefix: value("prefix"),
    suffix: value("suffix"),
    revision: value("revision"),
    status: value("status"),
    version: value("version"),
    note: { ...value("note"), rule: "Annotation.note" },
    createdAt: value("created_at", "datetime"),
    updatedAt: value("updated_at", "datetime"),
    article: {
      kind: "one",
      get target() {
        return ARTICLE;
      },
      where: (t, c) => raw(`${c}.id = ${t}.article_id`),
    },
  };
}

const topicIs = (args: Args, t: string) =>
  typeof args.topic === "string"
    ? Prisma.sql`${raw(`${t}_c.topic_id`)} = (SELECT id FROM topics WHERE key = ${args.topic})`
    : null;

/**
 * A connection of annotations of `kind` (or both) under a parent, in text order. `target` is
 * read when the edge is used (modules that declare edges to annotations are imported by this one).
 */
export function annotationEdge(
  target: () => ObjectModel | InterfaceModel,
  kind: AnnotationKind | null,
  condition: (parent: string, c: string) => Prisma.Sql,
  options: { topic?: boolean } = {},
): FieldModel {
  return {
    kind: "connection",
    get target() {
      return target();
    },
    where: (args, t, c) => {
      if (t === null) throw new NotPlannable("an annotation edge needs a parent");
      return Prisma.join(
        [
          condition(t, c),
          ...(kind ? [Prisma.sql`${raw(`${c}.kind`)} = ${kind}::"AnnotationKind"`] : []),
          ...(options.topic ? [topicIs(args, c)].filter((sql): sql is Prisma.Sql => sql !== null) : []),
        ],
        " AND ",
      );
    },
    keys: () => textOrder(),
  };
}

export const QUOTE: ObjectModel = {
  type: "Quote",
  from,
  visible,
  fields: {
    ...annotationFields("Quote"),
    speakerText: value("speaker_text", "q"),
    quoteKind: value("quote_kind", "q"),
    speaker: {
      kind: "one",
      get target() {
        return ACTOR;
      },
      where: (t, c) => raw(`${c}.id = ${t}_q.speaker_id`),
    },
    claims: annotationEdge(
      () => CLAIM,
      "CLAIM",
      (t, c) => raw(`${c}_c.quote_id = ${t}.id`),
    ),
  },
};

export const CLAIM: ObjectModel = {
  type: "Claim",
  from,
  visible,
  fields: {
    ...annotationFields("Claim"),
    stance: value("stance", "c"),
    attributionText: value("attribution_text", "c"),
    attributionKind: value("attribution_kind", "c"),
    topic: {
      kind: "one",
      get target() {
        return TOPIC;
      },
      where: (t, c) => raw(`${c}.id = ${t}_c.topic_id`),
    },
    subject: {
      kind: "one",
      get target() {
        return ACTOR;
      },
      where: (t, c) => raw(`${c}.id = ${t}_c.subject_id`),
    },
    claimant: {
      kind: "one",
      get target() {
        return ACTOR;
      },
      where: (t, c) => raw(`${c}.id = ${t}_c.claimant_id`),
    },
    counterparts: {
      kind: "list",
      get target() {
        return ACTOR;
      },
      from: (c) => raw(`claim_counterparts ${c}_cc JOIN actors ${c} ON ${c}.id = ${c}_cc.actor_id`),
      where: (t, c) => raw(`${c}_cc.claim_id = ${t}.id`),
      order: (c) => raw(`${c}_cc.position`),
    },
    quote: {
      kind: "one",
      get target() {
        return QUOTE;
      },
      where: (t, c) => raw(`${c}.id = ${t}_c.quote_id`),
    },
  },
};

export const ANNOTATION: InterfaceModel = {
  from,
  visible,
  variants: [
    { model: QUOTE, when: (t) => raw(`${t}.kind = 'QUOTE'`) },
    { model: CLAIM, when: (t) => raw(`${t}.kind = 'CLAIM'`) },
  ],
};

/**
 * Annotations (alias `t`, with `t_q` and `t_c` joined as `from` joins them) that name the actor in
 * any role: speaker, subject, claimant or counterpart. annotation.policy.ts's mentionsActor in SQL.
 */
export function mentionsActorSql(t: string, actorId: string): Prisma.Sql {
  const id = actorIdSql(actorId);
  return Prisma.sql`(${raw(`${t}_q.speaker_id`)} = ${id} OR ${raw(`${t}_c.subject_id`)} = ${id}
    OR ${raw(`${t}_c.claimant_id`)} = ${id}
    OR EXISTS (SELECT 1 FROM claim_counterparts ${raw(`${t}_x`)} WHERE ${raw(`${t}_x.claim_id = ${t}.id`)} AND ${raw(`${t}_x.actor_id`)} = ${id}))`;
}

/** What the annotation lists can be filtered by (AnnotationFilter, ids decoded). */
export interface AnnotationListFilter {
  kind?: AnnotationKind | null;
  articleId?: string | null;
  actorId?: string | null;
  speakerId?: string | null;
  subjectId?: string | null;
  claimantId?: string | null;
  counterpartId?: string | null;
  topic?: string | null;
  stance?: Stance | null;
  attributionKind?: AttributionKind | null;
  status?: AnnotationStatus[] | null;
  search?: string | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
}

/** An annotation's language, for searches: its article's (joined by annotationFrom as `t_al`). */
export const annotationLanguage = (t: string) => `${t}_al.language`;

/**
 * The annotation lists' rows under alias `t` (with `t_q` and `t_c`); with a search, its tsquery
 * and the article (`t_al`), whose language the span is searched in.
 */
export function annotationFrom(filter: AnnotationListFilter, t: string): Prisma.Sql {
  if (!filter.search) return from(t);
  return withSearch(
    Prisma.sql`${from(t)} JOIN articles ${raw(`${t}_al`)} ON ${raw(`${t}_al.id = ${t}.article_id`)}`,
    filter.search,
    t,
  );
}

/**
 * The annotation lists' filter as SQL over annotationFrom's rows, the one definition both read
 * paths use (the planner's connections and AnnotationService.list). The viewer's row rule is not
 * in it: each path adds it (the planner for every read of the type).
 */
export function annotationFilterSql(filter: AnnotationListFilter, t: string): Prisma.Sql {
  const column = (name: string) => raw(`${t}.${name}`);
  const quote = (name: string) => raw(`${t}_q.${name}`);
  const claim = (name: string) => raw(`${t}_c.${name}`);
  const uuid = (id: string) => Prisma.sql`${id}::uuid`;
  const published = raw(`(SELECT ${t}_ar.published_at FROM articles ${t}_ar WHERE ${t}_ar.id = ${t}.article_id)`);
  return and([
    filter.kind ? Prisma.sql`${column("kind")} = ${filter.kind}::"AnnotationKind"` : null,
    filter.articleId ? Prisma.sql`${column("article_id")} = ${uuid(filter.articleId)}` : null,
    filter.actorId ? mentionsActorSql(t, filter.actorId) : null,
    filter.speakerId ? Prisma.sql`${quote("speaker_id")} = ${actorIdSql(filter.speakerId)}` : null,
    filter.subjectId ? Prisma.sql`${claim("subject_id")} = ${actorIdSql(filter.subjectId)}` : null,
    filter.claimantId ? Prisma.sql`${claim("claimant_id")} = ${actorIdSql(filter.claimantId)}` : null,
    filter.counterpartId
      ? Prisma.sql`EXISTS (SELECT 1 FROM claim_counterparts ${raw(`${t}_y`)} WHERE ${raw(`${t}_y.claim_id = ${t}.id`)}
          AND ${raw(`${t}_y.actor_id`)} = ${actorIdSql(filter.counterpartId)})`
      : null,
    filter.topic ? Prisma.sql`${claim("topic_id")} = (SELECT id FROM topics WHERE key = ${filter.topic})` : null,
    filter.stance ? Prisma.sql`${claim("stance")} = ${filter.stance}::"Stance"` : null,
    filter.attributionKind
      ? Prisma.sql`${claim("attribution_kind")} = ${filter.attributionKind}::"AttributionKind"`
      : null,
    filter.status?.length ? Prisma.sql`${column("status")} = ANY(${filter.status}::"AnnotationStatus"[])` : null,
    filter.search ? matchesSearch(t, annotationLanguage) : null,
    filter.publishedAfter ? Prisma.sql`${published} >= ${filter.publishedAfter}` : null,
    filter.publishedBefore ? Prisma.sql`${published} < ${filter.publishedBefore}` : null,
  ]);
}

/** The orderings of the annotation lists: text order (the default), creation, or relevance (the default when searching). */
export function annotationOrder(
  order: { field?: string; direction?: string } | null | undefined,
  search?: string | null,
): SqlKey<never>[] {
  const field = order?.field ?? (search ? "RELEVANCE" : "POSITION");
  const direction = order?.direction === "DESC" || (!order && field === "RELEVANCE") ? "desc" : "asc";
  switch (field) {
    case "RELEVANCE":
      return [relevanceKey(direction, search, annotationLanguage)];
    case "CREATED_AT":
      return [{ field: "createdAt", direction, type: "date", sql: (t) => raw(`${t}.created_at`), value: () => null }];
    default:
      return textOrder(direction);
  }
}

/** AnnotationFilter as GraphQL coerced it, its ids decoded (a bad one is refused as the resolvers refuse it). */
export function annotationListFilter(filter: unknown, kind: AnnotationKind | null): AnnotationListFilter {
  const given = (filter ?? {}) as AnnotationListFilter & Record<string, string | null | undefined>;
  const actor = (name: string) => optionalGlobalId(given[name], ["Actor"], ["filter", name]);
  return {
    ...given,
    articleId: optionalGlobalId(given.article, ["Article"], ["filter", "article"]),
    actorId: actor("actor"),
    speakerId: actor("speaker"),
    subjectId: actor("subject"),
    claimantId: actor("claimant"),
    counterpartId: actor("counterpart"),
    ...(kind ? { kind } : {}),
  };
}

/** The root lists of annotations (`quotes`, `claims`, `annotations`), with every filter and order. */
export function annotationList(target: () => ObjectModel | InterfaceModel, kind: AnnotationKind | null): FieldModel {
  return {
    kind: "connection",
    get target() {
      return target();
    },
    from: (args, c) => annotationFrom(annotationListFilter(args.filter, kind), c),
    where: (args, _t, c) => annotationFilterSql(annotationListFilter(args.filter, kind), c),
    keys: (args) =>
      annotationOrder(
        args.orderBy as { field?: string; direction?: string } | null | undefined,
        annotationListFilter(args.filter, kind).search,
      ),
  };
}
