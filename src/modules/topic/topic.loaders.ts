import type { Db } from "../../shared/database/prisma";
import type { Topic } from "../../generated/prisma/client";
import { byKey, loader } from "../../shared/loaders";

export function createTopicLoaders(db: Db) {
  return {
    topicById: loader<string, Topic | null>(async (ids) =>
      byKey(ids, await db.topic.findMany({ where: { id: { in: [...ids] } } }), (topic) => topic.id),
    ),
  };
}
