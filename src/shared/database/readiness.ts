import type pg from "pg";
import { readMigrations } from "./migrations";

export interface Readiness {
  ready: boolean;
  checks: {
    database: { status: "ok" | "failed"; latencyMs?: number; error?: string };
    migrations: { status: "ok" | "failed" | "unknown"; applied?: number; pending?: string[] };
  };
}

/**
 * Whether this instance can serve: the database answers a trivial query within `timeoutMs`
 * through the server's own pool (so an exhausted pool also reads as not ready), and every
 * migration folder in prisma/migrations is recorded as applied (finished, not rolled back) in
 * Prisma's `_prisma_migrations`, which the serving role may read. Never throws.
 */
export async function checkReadiness(pool: pg.Pool, options: { timeoutMs: number; dir?: string }): Promise<Readiness> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
  });
  try {
    const [files, applied] = await Promise.race([
      Promise.all([
        expectedMigrations(options.dir),
        pool.query<{ name: string }>(
          `SELECT migration_name AS name FROM "_prisma_migrations"
            WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        ),
      ]),
      timeout,
    ]);
    const recorded = new Set(applied.rows.map((row) => row.name));
    const pending = files.filter((name) => !recorded.has(name));
    return {
      ready: pending.length === 0,
      checks: {
        database: { status: "ok", latencyMs: Date.now() - started },
        migrations: pending.length
          ? { status: "failed", applied: files.length - pending.length, pending }
          : { status: "ok", applied: files.length },
      },
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // The table is missing: the database answers, but was never migrated.
    if (code === "42P01") {
      return {
        ready: false,
        checks: {
          database: { status: "ok", latencyMs: Date.now() - started },
          migrations: { status: "failed", applied: 0, pending: await expectedMigrations(options.dir) },
        },
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      ready: false,
      checks: {
        database: { status: "failed", error: typeof code === "string" ? `${code}: ${message}` : message },
        migrations: { status: "unknown" },
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The migration names the code expects, read once per folder: they do not change while it runs. */
const expected = new Map<string, Promise<string[]>>();

function expectedMigrations(dir?: string): Promise<string[]> {
  const key = dir ?? "";
  let names = expected.get(key);
  if (!names) {
    names = readMigrations(dir).then((migrations) => migrations.map((migration) => migration.name));
    names.catch(() => expected.delete(key));
    expected.set(key, names);
  }
  return names;
}
