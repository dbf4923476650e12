import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Prisma } from "../../generated/prisma/client";
import { PrismaClient } from "../../generated/prisma/client";
import { assertWithinBudget } from "../operation";

export type { PrismaClient };
/** The client handed to services; also accepted inside interactive transactions. */
export type Db = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface PrismaOptions {
  /** Called once per SQL statement with the number of rows it returned; tests count both. */
  onQuery?: (sql: string, rows: number) => void;
  poolSize?: number;
  /**
   * The database is the embedded PGlite: one session behind its socket server, which outlives
   * every pooled connection, so statements are not prepared by name (a name prepared by a closed
   * connection would still exist for the next one: 42P05), and the one connection is kept open.
   */
  embedded?: boolean;
}

type QueryCallback = (error: Error | null, result?: pg.QueryResult) => void;

/**
 * The pg client every pooled connection uses when statements are observed (tests count the
 * statements an operation sends and the rows they return).
 */
function observedClient(onQuery: NonNullable<PrismaOptions["onQuery"]>): typeof pg.Client {
  return class ObservedClient extends pg.Client {
    // pg's query() is overloaded (promise or callback, text or config); both forms pass through here.
    override query(...args: unknown[]): never {
      const query = super.query as (...args: unknown[]) => unknown;
      const config = args[0];
      const sql = typeof config === "string" ? config : String((config as { text?: unknown })?.text ?? "");
      const report = (result: pg.QueryResult | undefined) => onQuery(sql, result?.rows?.length ?? 0);
      const callback = args.find((arg): arg is QueryCallback => typeof arg === "function");
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

/**
 * The Prisma client. Every operation (model queries and raw SQL alike, inside transactions too)
 * first checks the current operation's budget (shared/operation.ts), so that an operation that
 * ran out of time or whose client left sends no further SQL. The check sits in a query
 * extension because that runs in the caller's async context; Prisma's engine below it does not
 * carry AsyncLocalStorage through to the driver.
 */
export function createPrismaClient(connectionString: string, options: PrismaOptions = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    ...(options.embedded ? { idleTimeoutMillis: 0 } : {}),
    ...(options.onQuery ? { Client: observedClient(options.onQuery) } : {}),
  });
  if (options.embedded) unprepared.add(pool);
  // An idle pooled connection that the database closes (a restart, PGlite's socket server dropping
  // it) is reported here; without a listener the error would end the process. The pool discards
  // that connection and the next query opens another, which reports any error of its own.
  pool.on("error", () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  const gated = client.$extends({
    query: {
      $allOperations({ args, query }) {
        assertWithinBudget();
        return query(args);
      },
    },
  });
  // The extended client has the same API; services are typed against the plain one.
  pools.set(gated, pool);
  return gated as unknown as PrismaClient;
}

/** Pools whose statements are sent unnamed (the embedded database, see PrismaOptions.embedded). */
const unprepared = new WeakSet<pg.Pool>();

/** The pg pool under each client createPrismaClient made (transaction clients have none). */
const pools = new WeakMap<object, pg.Pool>();

/** The pg pool under a client createPrismaClient made: read by /readyz and the pool metrics. */
export function poolOf(prisma: Db): pg.Pool | undefined {
  return pools.get(prisma);
}

/**
 * How many distinct statements are kept prepared. Their texts come from the server's own code
 * (the planner and the write path), but a planned read's text follows the shape of the client's
 * query, so the number is capped: every pooled connection that runs one keeps its plan, and a
 * client sending ever new shapes must not grow PostgreSQL's memory without bound. Beyond the cap,
 * statements are sent unnamed (planned every time).
 */
const MAX_PREPARED = 200;
/** Statement texts prepared so far, and the name each has. */
const prepared = new Map<string, string>();

/**
 * Runs `sql` as a named prepared statement, so that PostgreSQL plans it once per connection: the
 * planned reads and the write path's statements are complex enough that planning costs more
 * than running them (1.45 → 0.56 ms for one article with its quotes and claims). Through the
 * pool of the client (observed in tests like every statement), after the operation's budget
 * check; inside a transaction, `db` is the transaction's client and the statement is sent by it.
 */
export async function queryPrepared<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRaw<T[]>(sql);
  assertWithinBudget();
  let name = unprepared.has(pool) ? undefined : prepared.get(sql.text);
  if (!name && !unprepared.has(pool) && prepared.size < MAX_PREPARED) {
    name = `cg_${createHash("sha1").update(sql.text).digest("base64url")}`;
    prepared.set(sql.text, name);
  }
  const config = name ? { name, text: sql.text, values: sql.values } : { text: sql.text, values: sql.values };
  const result = await pool.query(config);
  return result.rows as T[];
}
