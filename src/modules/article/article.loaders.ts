import type { Article } from "../../generated/prisma/client";
import type { Db } from "../../shared/database/prisma";
import { byKey, loader } from "../../shared/loaders";

export function createArticleLoaders(db: Db) {
  return {
    articleById: loader<string, Article | null>(async (ids) =>
      byKey(ids, await db.article.findMany({ where: { id: { in: [...ids] } } }), (article) => article.id),
    ),
  };
}
