import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";

export type { PrismaClient };
/** The client handed to services; also accepted inside interactive transactions. */
export type Db = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface PrismaOptions {
  /** Called once per SQL statement Prisma sends; tests count statements with it. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

export function createPrismaClient(connectionString: string, options: PrismaOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.poolSize ?? 10 });
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: "event", level: "query" }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on("query" as never, (event: { query: string }) => onQuery(event.query));
  }
  return client;
}
