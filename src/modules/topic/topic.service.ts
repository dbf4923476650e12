import type { Db } from "../../shared/database/prisma";
import type { PageArgs } from "../../shared/pagination";
import { pageFromRows, pageWindow, prismaWindow } from "../../shared/pagination";

export class TopicService {
  constructor(private readonly db: Db) {}

  async list(args: PageArgs) {
    const window = pageWindow(args);
    const rows = await this.db.topic.findMany({ orderBy: [{ key: "asc" }, { id: "asc" }], ...prismaWindow(window) });
    return pageFromRows(rows, window, () => this.db.topic.count());
  }

  findById(id: string) {
    return this.db.topic.findUnique({ where: { id } });
  }
}
