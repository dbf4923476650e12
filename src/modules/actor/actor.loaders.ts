import type DataLoader from "dataloader";
import type { Actor, ActorAlias } from "../../generated/prisma/client";
import { Prisma } from "../../generated/prisma/client";
import type { ChildQuery } from "../../shared/database/per-parent";
import { countsPerParent, pagesPerParent } from "../../shared/database/per-parent";
import type { Db } from "../../shared/database/prisma";
import { byKey, groupByKey, loader } from "../../shared/loaders";
import type { Page, PageArgs } from "../../shared/pagination";

const ACTOR_COLUMNS = Prisma.sql`act.id, act.name, act.normalized_name, act.kind::text, act.country_code,
  act.description, act.external_id, act.created_at, act.updated_at`;

function actorFromSql(row: Record<string, unknown>): Actor {
  return {
    id: row.id,
    name: row.name,
    normalizedName: row.normalized_name,
    kind: row.kind,
    countryCode: row.country_code,
    description: row.description,
    externalId: row.external_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as Actor;
}

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
    map: actorFromSql,
  };
}

export function createActorLoaders(db: Db, visibleSql: (alias: Prisma.Sql) => Prisma.Sql) {
  const ofArticle = actorsOfArticle(visibleSql);
  const pages = new Map<string, DataLoader<string, Page<Actor>>>();
  const articleActorCounts = loader<string, number>((ids) => countsPerParent(db, ofArticle, ids));
  return {
    actorById: loader<string, Actor | null>(async (ids) =>
      byKey(ids, await db.actor.findMany({ where: { id: { in: [...ids] } } }), (actor) => actor.id),
    ),
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
      return groupByKey(claimIds, rows, (row) => row.claim_id as string).map((group) => group.map(actorFromSql));
    }),
    /** One page of the actors an article names; the count runs only when asked for. */
    actorsOfArticlePage(articleId: string, args: PageArgs): Promise<Page<Actor>> {
      const key = JSON.stringify([args.first, args.after, args.last, args.before]);
      let batch = pages.get(key);
      if (!batch) {
        batch = loader((ids) => pagesPerParent(db, ofArticle, ids, args, (id) => articleActorCounts.load(id)));
        pages.set(key, batch);
      }
      return batch.load(articleId);
    },
  };
}
