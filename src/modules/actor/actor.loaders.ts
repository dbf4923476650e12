import type { Actor, ActorAlias, ActorEvent } from "../../generated/prisma/client";
import { Prisma } from "../../generated/prisma/client";
import type { ChildQuery } from "../../shared/database/per-parent";
import { asRow, perParentPages } from "../../shared/database/per-parent";
import type { Db } from "../../shared/database/prisma";
import { byKey, groupByKey, loader } from "../../shared/loaders";
import type { Page, PageArgs } from "../../shared/pagination";
import { emptyPage } from "../../shared/pagination";

/** An actor as Prisma returns it (camelCase fields). */
const ACTOR_COLUMNS = Prisma.sql`act.id, act.name, act.normalized_name AS "normalizedName", act.kind::text,
  act.country_code AS "countryCode", act.description, act.external_id AS "externalId", act.version,
  act.merged_into_id AS "mergedIntoId", act.created_at AS "createdAt", act.updated_at AS "updatedAt"`;

/** The actors an article's visible annotations name in any role, by name. */
function actorsOfArticle(visible: (alias: Prisma.Sql) => Prisma.Sql): ChildQuery<Actor> {
  const a = Prisma.raw("a");
  return {
    columns: ACTOR_COLUMNS,
    from: Prisma.sql`actors act`,
    where: (article) => Prisma.sql`act.id IN (
        SELECT q.speaker_id FROM annotations a JOIN quotes q ON q.annotation_id = a.id
         WHERE a.article_id = ${article} AND ${visible(a)}
        UNION SELECT c.subject_id FROM annotations a JOIN claims c ON c.annotation_id = a.id
         WHERE a.article_id = ${article} AND ${visible(a)}
        UNION SELECT c.claimant_id FROM annotations a JOIN claims c ON c.annotation_id = a.id
         WHERE a.article_id = ${article} AND ${visible(a)}
        UNION SELECT cc.actor_id FROM annotations a JOIN claim_counterparts cc ON cc.claim_id = a.id
         WHERE a.article_id = ${article} AND ${visible(a)})`,
    keys: [
      {
        field: "normalizedName",
        direction: "asc",
        type: "text",
        sql: Prisma.sql`act.normalized_name`,
        value: (row) => row.normalizedName,
      },
    ],
    id: Prisma.sql`act.id`,
    map: asRow<Actor>,
  };
}

/** An actor's history, oldest first. */
const ACTOR_HISTORY: ChildQuery<ActorEvent> = {
  columns: Prisma.sql`e.id, e.actor_id AS "actorId", e.user_id AS "userId", e.kind::text, e.version, e.changes,
    e.created_at AS "createdAt"`,
  from: Prisma.sql`actor_events e`,
  where: (actor) => Prisma.sql`e.actor_id = ${actor}`,
  keys: [{ field: "version", direction: "asc", type: "int", sql: Prisma.sql`e.version`, value: (row) => row.version }],
  id: Prisma.sql`e.id`,
  map: asRow<ActorEvent>,
};

export function createActorLoaders(
  db: Db,
  visibleSql: (alias: Prisma.Sql) => Prisma.Sql,
  visibleEvents: Prisma.ActorEventWhereInput | null,
) {
  const historyPage = perParentPages(db, ACTOR_HISTORY);
  const articleActorsPage = perParentPages(db, actorsOfArticle(visibleSql));
  return {
    /**
     * Actors by id; the id of an actor merged into another gives the one it was merged into
     * (merged_into_id always names an actor that is not merged), read by a second statement
     * only when such an id is asked for.
     */
    actorById: loader<string, Actor | null>(async (ids) => {
      const found = byKey(ids, await db.actor.findMany({ where: { id: { in: [...ids] } } }), (actor) => actor.id);
      const survivorIds = found.flatMap((actor) => (actor?.mergedIntoId ? [actor.mergedIntoId] : []));
      if (survivorIds.length === 0) return found;
      const survivors = new Map(
        (await db.actor.findMany({ where: { id: { in: survivorIds } } })).map((actor) => [actor.id, actor]),
      );
      return found.map((actor) => (actor?.mergedIntoId ? (survivors.get(actor.mergedIntoId) ?? null) : actor));
    }),
    aliasesByActorId: loader<string, ActorAlias[]>(async (ids) =>
      groupByKey(
        ids,
        await db.actorAlias.findMany({ where: { actorId: { in: [...ids] } }, orderBy: { alias: "asc" } }),
        (alias) => alias.actorId,
      ),
    ),
    /** A claim's counterparts in the order the claim names them, with the actors, in one statement. */
    counterpartsByClaimId: loader<string, Actor[]>(async (claimIds) => {
      const rows = await db.$queryRaw<Record<string, unknown>[]>`
        SELECT cc.claim_id, ${ACTOR_COLUMNS} FROM claim_counterparts cc JOIN actors act ON act.id = cc.actor_id
         WHERE cc.claim_id = ANY(${[...claimIds]}::uuid[]) ORDER BY cc.position`;
      return groupByKey(claimIds, rows, (row) => row.claim_id as string).map((group) =>
        group.map(({ claim_id: _claim, ...actor }) => actor as Actor),
      );
    }),
    /**
     * How often each actor, as claimant, asserts and denies on each topic, counting the claims the
     * viewer sees; topics by key. One statement for every actor of the operation.
     */
    stancesByClaimantId: loader<string, { topicId: string; asserts: number; denies: number }[]>(async (ids) => {
      const rows = await db.$queryRaw<{ claimantId: string; topicId: string; asserts: number; denies: number }[]>`
        SELECT c.claimant_id::text AS "claimantId", c.topic_id::text AS "topicId",
               count(*) FILTER (WHERE c.stance = 'ASSERTS')::int AS asserts,
               count(*) FILTER (WHERE c.stance = 'DENIES')::int AS denies
          FROM claims c JOIN annotations a ON a.id = c.annotation_id JOIN topics tp ON tp.id = c.topic_id
         WHERE c.claimant_id = ANY(${[...ids]}::uuid[]) AND ${visibleSql(Prisma.raw("a"))}
         GROUP BY c.claimant_id, c.topic_id, tp.key
         ORDER BY tp.key`;
      return groupByKey(ids, rows, (row) => row.claimantId).map((group) =>
        group.map(({ topicId, asserts, denies }) => ({ topicId, asserts, denies })),
      );
    }),
    /** One page of an actor's history; empty for a viewer who sees no actor history. */
    actorEventById: loader<string, ActorEvent | null>(async (ids) =>
      visibleEvents
        ? byKey(
            ids,
            await db.actorEvent.findMany({ where: { AND: [visibleEvents, { id: { in: [...ids] } }] } }),
            (event) => event.id,
          )
        : ids.map(() => null),
    ),
    actorHistoryPage: (actorId: string, args: PageArgs): Promise<Page<ActorEvent>> =>
      visibleEvents ? historyPage(actorId, args) : Promise.resolve(emptyPage<ActorEvent>()),
    /** One page of the actors an article names; the count runs only when asked for. */
    actorsOfArticlePage: articleActorsPage,
  };
}
