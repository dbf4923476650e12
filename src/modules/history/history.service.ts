import type { AnnotationEvent, Prisma } from "../../generated/prisma/client";
import type { AnnotationEventKind } from "../../generated/prisma/enums";
import type { PrismaClient } from "../../shared/database/prisma";
import type { PageArgs } from "../../shared/pagination";
import { paginate } from "../../shared/pagination";

export interface EventListFilter {
  userId?: string | null;
  articleId?: string | null;
  kinds?: AnnotationEventKind[] | null;
  after?: Date | null;
  before?: Date | null;
}

/** Reads the append-only history (writes happen with each change, in its own transaction). */
export class HistoryService {
  constructor(private readonly prisma: PrismaClient) {}

  /** All events, oldest first, with filters: the admin's audit view. */
  list(filter: EventListFilter, args: PageArgs) {
    const and: Prisma.AnnotationEventWhereInput[] = [];
    if (filter.userId) and.push({ userId: filter.userId });
    if (filter.articleId) and.push({ annotation: { articleId: filter.articleId } });
    if (filter.kinds?.length) and.push({ kind: { in: filter.kinds } });
    if (filter.after) and.push({ createdAt: { gte: filter.after } });
    if (filter.before) and.push({ createdAt: { lt: filter.before } });
    const where: Prisma.AnnotationEventWhereInput = { AND: and };
    return paginate({
      args,
      keys: [{ field: "createdAt", direction: "asc", type: "date", value: (row: AnnotationEvent) => row.createdAt }],
      fetch: (page) =>
        this.prisma.annotationEvent.findMany({
          where: { AND: [where, page.where as Prisma.AnnotationEventWhereInput] },
          orderBy: page.orderBy as Prisma.AnnotationEventOrderByWithRelationInput[],
          take: page.take,
        }),
      count: () => this.prisma.annotationEvent.count({ where }),
    });
  }
}
