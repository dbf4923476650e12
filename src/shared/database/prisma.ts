import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { assertWithinBudget } from "../operation";

export type { PrismaClient };
/** The client handed to services; also accepted inside interactive transactions. */
export type Db = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface PrismaOptions {
  /** Called once per SQL statement with the number of rows it returned; tests count both. */
  onQuery?: (sql: string, rows: number) => void;
  poolSize?: number;
}

type QueryCallback = (error: Error | null, result?: pg.QueryResult) => void;

/**
 * The pg client every pooled connection uses. Before each statement it checks the current
 * operation's budget (shared/operation.ts), so a timed-out or abandoned operation sends no more
 * SQL; and it reports each statement with the rows it returned, for the tests that count them.
 */
function gatedClient(onQuery?: PrismaOptions["onQuery"]): typeof pg.Client {
  return class GatedClient extends pg.Client {
    // pg's query() is overloaded (promise or callback, text or config); both forms pass through here.
    override query(...args: unknown[]): never {
      const callback = args.find((arg): arg is QueryCallback => typeof arg === "function");
      try {
        assertWithinBudget();
      } catch (error) {
        if (callback) {
          process.nextTick(callback, error);
          return undefined as never;
        }
        return Promise.reject(error) as never;
      }
      const query = super.query as (...args: unknown[]) => unknown;
      if (!onQuery) return query.apply(this, args) as never;
      const config = args[0];
      const sql = typeof config === "string" ? config : String((config as { text?: unknown })?.text ?? "");
      const report = (result: pg.QueryResult | undefined) => onQuery(sql, result?.rows?.length ?? 0);
      if (callback) {
        const wrapped: QueryCallback = (error, result) => {
          if (!error) report(result);
          callback(error, result);
        };
        return query.apply(
          this,
          args.map((arg) => (arg === callback ? wrapped : arg)),
        ) as never;
      }
      const result = query.apply(this, args) as Promise<pg.QueryResult> | undefined;
      return (result?.then ? result.then((value) => (report(value), value)) : result) as never;
    }
  } as unknown as typeof pg.Client;
}

export function createPrismaClient(connectionString: string, options: PrismaOptions = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, Client: gatedClient(options.onQuery) });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
