import DataLoader from "dataloader";
import type { Actor, ActorAlias } from "../../generated/prisma/client";
import type { Db } from "../../shared/database/prisma";
import { byKey, groupByKey } from "../../shared/loaders";

export function createActorLoaders(db: Db) {
  return {
    actorById: new DataLoader<string, Actor | null>(async (ids) =>
      byKey(ids, await db.actor.findMany({ where: { id: { in: [...ids] } } }), (actor) => actor.id),
    ),
    aliasesByActorId: new DataLoader<string, ActorAlias[]>(async (ids) =>
      groupByKey(
        ids,
        await db.actorAlias.findMany({ where: { actorId: { in: [...ids] } }, orderBy: { alias: "asc" } }),
        (alias) => alias.actorId,
      ),
    ),
  };
}
