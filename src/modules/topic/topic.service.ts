import type { Db } from "../../shared/database/prisma";
import type { PageArgs } from "../../shared/pagination";
import { paginate } from "../../shared/pagination";
import type { Prisma, Topic } from "../../generated/prisma/client";

export class TopicService {
  constructor(private readonly db: Db) {}

  async list(args: PageArgs) {
    return paginate({
      args,
      keys: [{ field: "key", direction: "asc", type: "text", value: (row: Topic) => row.key }],
      fetch: (page) =>
        this.db.topic.findMany({
          where: page.where as Prisma.TopicWhereInput,
          orderBy: page.orderBy as Prisma.TopicOrderByWithRelationInput[],
          take: page.take,
        }),
      count: () => this.db.topic.count(),
    });
  }

  findById(id: string) {
    return this.db.topic.findUnique({ where: { id } });
  }

  findByKey(key: string) {
    return this.db.topic.findUnique({ where: { key } });
  }
}
