import { Prisma } from "../../generated/prisma/client";
import type { ReadPolicy } from "../../policy";
import type { Viewer } from "../../shared/access/viewer";
import { authorizeWrite } from "../../shared/access/access.policy";
import type { PrismaClient } from "../../shared/database/prisma";
import { mapDatabaseError } from "../../shared/database/errors";
import type { PageArgs } from "../../shared/pagination";
import { pageOfSql } from "../../shared/read/page";
import { contentHash, parseArticleText } from "../ingest/article.parser";
import { annotationInclude } from "../annotation/annotation.service";
import type { CorrectArticleFields } from "./article.correction";
import { correctArticle } from "./article.correction";
import { duplicateError } from "./article.duplicate";
import type { ArticleRow } from "./article.loaders";
import { WITHOUT_BODY } from "./article.loaders";
import type { ArticleListFilter } from "./article.read";
import { articleFilterSql, articleFrom, articleOrder } from "./article.read";

export interface ArticleListOrder {
  field: "PUBLISHED_AT" | "TITLE" | "CREATED_AT" | "RELEVANCE";
  direction: "ASC" | "DESC";
}

/** An article row without its body, named as ArticleRow's fields. */
const ARTICLE_COLUMNS = Prisma.sql`t.id::text AS id, t.title, t.body_bytes AS "bodyBytes", t.source, t.url,
  t.published_at AS "publishedAt", t.language, t.content_hash AS "contentHash", t.revision,
  t.imported_by_id::text AS "importedById", t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

export interface ImportArticleFields {
  text: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  publishedAt?: Date | null;
  language?: string | null;
}

export class ArticleService {
  constructor(private readonly prisma: PrismaClient) {}

  /** A page of the article list: SQL shared with the planned read path (article.read.ts). */
  list(policy: ReadPolicy, filter: ArticleListFilter, order: ArticleListOrder | null | undefined, args: PageArgs) {
    return pageOfSql<ArticleRow>(this.prisma, {
      args,
      keys: articleOrder(order, filter.search),
      t: "t",
      from: articleFrom(filter, "t"),
      columns: ARTICLE_COLUMNS,
      where: articleFilterSql(filter, policy, "t"),
    });
  }

  findById(id: string) {
    return this.prisma.article.findUnique({ where: { id }, omit: WITHOUT_BODY });
  }

  /**
   * Replaces an article's text and re-anchors its annotations (article.correction.ts); returns
   * the article and each annotation as it now is, with what the correction did to it.
   */
  async correct(viewer: Viewer, input: CorrectArticleFields) {
    const correction = await correctArticle(this.prisma, viewer, input);
    const [article, rows] = await Promise.all([
      this.findById(correction.articleId),
      this.prisma.annotation.findMany({
        where: { id: { in: correction.annotations.map((a) => a.annotationId) } },
        include: annotationInclude,
      }),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      article: article!,
      annotations: correction.annotations.map((outcome) => ({ ...outcome, row: byId.get(outcome.annotationId)! })),
    };
  }

  /**
   * Parses and stores an article. Duplicates are refused by url and by content hash; the
   * unique indexes on both make the check hold under concurrent imports too.
   */
  async import(viewer: Viewer, input: ImportArticleFields) {
    authorizeWrite(viewer, "article:import");
    const parsed = parseArticleText(input.text, { title: input.title });
    const hash = contentHash(parsed.body);
    const url = input.url?.trim() || null;
    const duplicate = await this.prisma.article.findFirst({
      where: { OR: [{ contentHash: hash }, ...(url ? [{ url }] : [])] },
      select: { id: true, url: true, title: true },
    });
    if (duplicate) throw duplicateError(duplicate.url === url && url !== null ? "url" : "text", duplicate);
    try {
      return await this.prisma.article.create({
        data: {
          title: parsed.title,
          body: parsed.body,
          source: input.source?.trim() || null,
          url,
          publishedAt: input.publishedAt ?? parsed.publishedAt,
          language: input.language ?? "en",
          contentHash: hash,
          importedById: viewer.id,
        },
      });
    } catch (error) {
      // Lost a race with a concurrent import of the same url or text: the winner is committed.
      const field = mapDatabaseError(error)?.field?.at(-1);
      if (field === "url" || field === "contentHash") {
        const winner = await this.prisma.article.findFirst({
          where: field === "url" ? { url } : { contentHash: hash },
          select: { id: true, title: true },
        });
        if (winner) throw duplicateError(field === "url" ? "url" : "text", winner);
      }
      throw error;
    }
  }
}
