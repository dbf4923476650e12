import type { Article, ArticleRevision } from "../../generated/prisma/client";
import type { Db } from "../../shared/database/prisma";
import type { ResponseBudget } from "../../shared/graphql/limits";
import { byKey, groupByKey, loader } from "../../shared/loaders";

/** Articles as lists and edges read them: everything but the body, which can be long. */
export type ArticleRow = Omit<Article, "body">;
export const WITHOUT_BODY = { body: true } as const;

export function createArticleLoaders(db: Db, budget: ResponseBudget) {
  return {
    articleById: loader<string, ArticleRow | null>(async (ids) =>
      byKey(
        ids,
        await db.article.findMany({ where: { id: { in: [...ids] } }, omit: WITHOUT_BODY }),
        (article) => article.id,
      ),
    ),
    /**
     * Bodies, read only when asked for and priced first: the batch's bodies are charged to the
     * operation's response budget by their stored size, and refused (RESPONSE_TOO_LARGE) before
     * they are read if they would exceed it. Many aliases of the same bodies are read once.
     */
    bodyById: loader<string, string | null>(async (ids) => {
      const sizes = await db.article.findMany({ where: { id: { in: [...ids] } }, select: { bodyBytes: true } });
      budget.charge(sizes.reduce((sum, row) => sum + (row.bodyBytes ?? 0), 0));
      const rows = await db.article.findMany({ where: { id: { in: [...ids] } }, select: { id: true, body: true } });
      return byKey(ids, rows, (row) => row.id).map((row) => row?.body ?? null);
    }),
    /** An article's earlier texts, newest first, without their bodies. */
    revisionsByArticleId: loader<string, Omit<ArticleRevision, "body">[]>(async (ids) =>
      groupByKey(
        ids,
        await db.articleRevision.findMany({
          where: { articleId: { in: [...ids] } },
          omit: WITHOUT_BODY,
          orderBy: [{ revision: "desc" }],
        }),
        (row) => row.articleId,
      ),
    ),
    /** Bodies of earlier texts, priced first as bodyById's are. */
    revisionBodyById: loader<string, string | null>(async (ids) => {
      const sizes = await db.$queryRaw<{ bytes: number }[]>`
        SELECT octet_length(body) AS bytes FROM article_revisions WHERE id = ANY(${[...ids]}::uuid[])`;
      budget.charge(sizes.reduce((sum, row) => sum + Number(row.bytes), 0));
      const rows = await db.articleRevision.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, body: true },
      });
      return byKey(ids, rows, (row) => row.id).map((row) => row?.body ?? null);
    }),
  };
}
