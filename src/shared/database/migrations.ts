import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { PROJECT_ROOT } from "../paths";

/**
 * Applies the committed SQL migrations (Prisma Migrate's folder layout,
 * prisma/migrations/<timestamp>_<name>/migration.sql) without Prisma's native engine.
 *
 * Bookkeeping is Prisma's own `_prisma_migrations` table with the same columns and the same
 * checksum (SHA-256 hex of the migration.sql bytes), so `prisma migrate deploy` on a machine
 * that has the engine sees these migrations as applied and agrees on what is pending.
 * Each migration runs in its own transaction; a session advisory lock (the key Prisma uses)
 * keeps two starting instances from migrating at once.
 */
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 hex of the file's bytes, as Prisma records it. */
  checksum: string;
  /**
   * The checksums this migration may have been recorded with: of its bytes, and of the same
   * text with LF or CRLF line endings (a checkout on another system), as Prisma accepts.
   */
  acceptedChecksums: string[];
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export interface MigrationOptions {
  dir?: string;
  log?: (message: string) => void;
  /** How long to wait for another process's migration lock before giving up (default 60 s). */
  lockTimeoutMs?: number;
}

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, "migration.sql"));
      const text = bytes.toString("utf8");
      const lf = text.replace(/\r\n/g, "\n");
      return {
        name,
        sql: text,
        checksum: sha256(bytes),
        acceptedChecksums: [...new Set([sha256(bytes), sha256(lf), sha256(lf.replace(/\n/g, "\r\n"))])],
      };
    }),
  );
}

/**
 * Runs `work` while holding the migration lock (Prisma's advisory lock key) on a session of
 * its own, waiting at most `timeoutMs` for another process to release it. Migrating and seeding
 * take it, so that instances starting together do one after the other.
 */
export async function withMigrationLock<T>(
  connectionString: string,
  work: (client: Client) => Promise<T>,
  timeoutMs = 60_000,
): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
        PRISMA_ADVISORY_LOCK_KEY,
      ]);
      if (rows[0]!.locked) break;
      if (Date.now() >= deadline) {
        throw new Error(
          `Another process has held the migration lock (PostgreSQL advisory lock ${PRISMA_ADVISORY_LOCK_KEY}) ` +
            `for more than ${Math.round(timeoutMs / 1000)} s: another instance is migrating or seeding this database. ` +
            "Wait for it to finish, or find it with: SELECT pid FROM pg_locks WHERE locktype = 'advisory'.",
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    try {
      return await work(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

/**
 * Applies the pending migrations, in order, each in its own transaction, under the migration
 * lock. Refuses to run when an applied migration was edited afterwards, when one started but
 * never finished, or when the database has migrations these files do not know (it was
 * migrated by newer code: running older code against it would be unsafe).
 */
export async function applyMigrations(
  connectionString: string,
  options: MigrationOptions = {},
): Promise<MigrationReport> {
  const migrations = await readMigrations(options.dir);
  return withMigrationLock(
    connectionString,
    async (client) => {
      const { rows: exists } = await client.query<{ table: string | null }>(
        `SELECT to_regclass('"_prisma_migrations"')::text AS table`,
      );
      // Created only when missing: the serving role may read the table but not create tables.
      if (!exists[0]?.table) {
        await client.query(`CREATE TABLE "_prisma_migrations" (
          "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
          "checksum"            VARCHAR(64) NOT NULL,
          "finished_at"         TIMESTAMPTZ,
          "migration_name"      VARCHAR(255) NOT NULL,
          "logs"                TEXT,
          "rolled_back_at"      TIMESTAMPTZ,
          "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
          "applied_steps_count" INTEGER NOT NULL DEFAULT 0
        )`);
      }
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
      );
      const recorded = new Map(rows.map((row) => [row.migration_name, row]));
      const known = new Set(migrations.map((migration) => migration.name));
      const unknown = rows.filter((row) => !known.has(row.migration_name)).map((row) => row.migration_name);
      if (unknown.length) {
        throw new Error(
          `The database has migrations this code does not know (${unknown.join(", ")}): it was migrated by a ` +
            "newer version of Claimgraph. Run that version, or restore a backup taken before it.",
        );
      }
      const report: MigrationReport = { applied: [], alreadyApplied: [] };

      for (const migration of migrations) {
        const row = recorded.get(migration.name);
        if (row?.finished_at) {
          if (!migration.acceptedChecksums.includes(row.checksum)) {
            // Prisma only warns here; refusing is safer: an edited migration means the
            // database and the files no longer describe the same schema.
            throw new Error(
              `Migration ${migration.name} was modified after it was applied (checksum mismatch). ` +
                "Add a new migration instead of editing an applied one.",
            );
          }
          report.alreadyApplied.push(migration.name);
          continue;
        }
        if (row) {
          throw new Error(
            `Migration ${migration.name} started earlier but never finished. Inspect the database, then mark it ` +
              `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${migration.name}').`,
          );
        }
        options.log?.(`applying migration ${migration.name}`);
        await client.query("BEGIN");
        try {
          await client.query(migration.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
            [randomUUID(), migration.checksum, migration.name],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          const denied = (error as { code?: string }).code === "42501";
          throw new Error(
            `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}` +
              (denied
                ? ". This role may not change the schema: run migrations as the database owner " +
                  "(npm run db:migrate with MIGRATION_DATABASE_URL, or set it for the server)."
                : ""),
          );
        }
        report.applied.push(migration.name);
      }
      return report;
    },
    options.lockTimeoutMs,
  );
}
