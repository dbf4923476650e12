import type { Prisma } from "../../generated/prisma/client";
import type { Stance } from "../../generated/prisma/enums";
import type { Viewer } from "../../shared/access/viewer";
import { authorizeWrite } from "../../shared/access/access.policy";
import type { PrismaClient } from "../../shared/database/prisma";
import { mapDatabaseError } from "../../shared/database/errors";
import { DomainError, ErrorCode } from "../../shared/errors";
import { escapeLike } from "../../shared/text";
import type { PageArgs } from "../../shared/pagination";
import type { SortKey } from "../../shared/pagination";
import { paginate } from "../../shared/pagination";
import { annotationVisibility, mentionsActor } from "../annotation/annotation.policy";
import { contentHash, parseArticleText } from "../ingest/article.parser";
import type { ArticleRow } from "./article.loaders";
import { WITHOUT_BODY } from "./article.loaders";

export interface ArticleListFilter {
  search?: string | null;
  source?: string | null;
  actorId?: string | null;
  topic?: string | null;
  stance?: Stance | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
}

export interface ArticleListOrder {
  field: "PUBLISHED_AT" | "TITLE" | "CREATED_AT";
  direction: "ASC" | "DESC";
}

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

  async list(
    viewer: Viewer,
    filter: ArticleListFilter = {},
    order: ArticleListOrder | null | undefined,
    args: PageArgs,
  ) {
    const where = articleWhere(viewer, filter);
    const direction = order?.direction === "ASC" ? "asc" : "desc";
    const keys: SortKey<ArticleRow>[] =
      order?.field === "TITLE"
        ? [{ field: "title", direction, type: "text", value: (row) => row.title }]
        : order?.field === "CREATED_AT"
          ? [{ field: "createdAt", direction, type: "date", value: (row) => row.createdAt }]
          : [{ field: "publishedAt", direction, nullable: true, type: "date", value: (row) => row.publishedAt }];
    return paginate({
      args,
      keys,
      fetch: (page) =>
        this.prisma.article.findMany({
          omit: WITHOUT_BODY,
          where: { AND: [where, page.where as Prisma.ArticleWhereInput] },
          orderBy: page.orderBy as Prisma.ArticleOrderByWithRelationInput[],
          take: page.take,
        }),
      count: () => this.prisma.article.count({ where }),
    });
  }

  findById(id: string) {
    return this.prisma.article.findUnique({ where: { id }, omit: WITHOUT_BODY });
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
    if (duplicate) throw duplicateError(duplicate.url === url && url !== null ? "url" : "text", duplicate.title);
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
      // Lost a race with a concurrent import of the same url or text.
      const field = mapDatabaseError(error)?.field?.at(-1);
      if (field === "url" || field === "contentHash") {
        throw duplicateError(field === "url" ? "url" : "text", "an article imported just now");
      }
      throw error;
    }
  }
}

function duplicateError(field: "url" | "text", title: string): DomainError {
  return new DomainError(
    ErrorCode.DUPLICATE_ARTICLE,
    field === "url"
      ? `An article with this url was already imported ("${title}").`
      : `The same text was already imported ("${title}").`,
    { field: ["input", field] },
  );
}

function articleWhere(viewer: Viewer, filter: ArticleListFilter): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [];
  if (filter.search) {
    and.push({
      OR: [
        { title: { contains: escapeLike(filter.search), mode: "insensitive" } },
        { body: { contains: escapeLike(filter.search), mode: "insensitive" } },
      ],
    });
  }
  if (filter.source) and.push({ source: filter.source });
  if (filter.publishedAfter) and.push({ publishedAt: { gte: filter.publishedAfter } });
  if (filter.publishedBefore) and.push({ publishedAt: { lt: filter.publishedBefore } });
  const visible = annotationVisibility(viewer);
  if (filter.actorId) and.push({ annotations: { some: { AND: [visible, mentionsActor(filter.actorId)] } } });
  if (filter.topic) {
    and.push({
      annotations: {
        some: {
          AND: [
            visible,
            { claim: { topic: { key: filter.topic }, ...(filter.stance ? { stance: filter.stance } : {}) } },
          ],
        },
      },
    });
  }
  return and.length ? { AND: and } : {};
}
