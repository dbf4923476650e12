import { Client } from "pg";
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "../../src/shared/database/migrations";
import { createEmptyDatabase } from "../support/database";

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  describe("applyMigrations", () => {
    it("applies every migration to an empty database and records it the way Prisma Migrate does", async () => {
      const db = await createEmptyDatabase();
      try {
        const migrations = await readMigrations();
        const report = await applyMigrations(db.url);
        expect(report.applied).toEqual(migrations.map((m) => m.name));
        const rows = await query<{
          migration_name: string;
          checksum: string;
          finished_at: Date | null;
          applied_steps_count: number;
        }>(
          db.url,
          `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
        );
        expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
        for (const [i, row] of rows.entries()) {
          expect(row.finished_at).toBeInstanceOf(Date);
          expect(row.applied_steps_count).toBe(1);
          // Prisma's checksum: SHA-256 hex of the migration.sql bytes.
          const { readFile } = await import("node:fs/promises");
          const bytes = await readFile(path.join(MIGRATIONS_DIR, migrations[i]!.name, "migration.sql"));
          expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
        }
        expect((await applyMigrations(db.url)).applied).toEqual([]);
      } finally {
        await db.drop();
      }
    });

    it("applies only the pending migrations of an older database, in order", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "claimgraph-migrations-"));
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const db = await createEmptyDatabase();
      try {
        await applyMigrations(db.url, { dir });
        await mkdir(path.join(dir, "29990101000000_add_topic_color"));
        await writeFile(
          path.join(dir, "29990101000000_add_topic_color", "migration.sql"),
          'ALTER TABLE "topics" ADD COLUMN "color" TEXT;',
        );
        const report = await applyMigrations(db.url, { dir });
        expect(report.applied).toEqual(["29990101000000_add_topic_color"]);
        const columns = await query(
          db.url,
          `SELECT 1 FROM information_schema.columns WHERE table_name = 'topics' AND column_name = 'color'`,
        );
        expect(columns).toHaveLength(1);
      } finally {
        await db.drop();
      }
    });

    it("rolls a failing migration back whole and records nothing for it", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "claimgraph-migrations-"));
      await mkdir(path.join(dir, "20000101000000_broken"));
      await writeFile(
        path.join(dir, "20000101000000_broken", "migration.sql"),
        'CREATE TABLE "half_done" (id int);\nALTER TABLE "no_such_table" ADD COLUMN x int;',
      );
      const db = await createEmptyDatabase();
      try {
        await expect(applyMigrations(db.url, { dir })).rejects.toThrow(
          /20000101000000_broken failed and was rolled back/,
        );
        expect(
          await query(db.url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`),
        ).toHaveLength(0);
        expect(await query(db.url, `SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(0);
      } finally {
        await db.drop();
      }
    });

    it("refuses to run when an applied migration was edited afterwards", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "claimgraph-migrations-"));
      await mkdir(path.join(dir, "20000101000000_one"));
      await writeFile(path.join(dir, "20000101000000_one", "migration.sql"), 'CREATE TABLE "one" (id int);');
      const db = await createEmptyDatabase();
      try {
        await applyMigrations(db.url, { dir });
        await writeFile(path.join(dir, "20000101000000_one", "migration.sql"), 'CREATE TABLE "one" (id bigint);');
        await expect(applyMigrations(db.url, { dir })).rejects.toThrow(/modified after it was applied/);
      } finally {
        await db.drop();
      }
    });

    it("accepts an applied migration whose file has other line endings now (LF or CRLF), as Prisma does", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "claimgraph-migrations-"));
      await mkdir(path.join(dir, "20000101000000_one"));
      const file = path.join(dir, "20000101000000_one", "migration.sql");
      await writeFile(file, 'CREATE TABLE "one" (\n  id int\n);\n');
      const db = await createEmptyDatabase();
      try {
        await applyMigrations(db.url, { dir });
        await writeFile(file, 'CREATE TABLE "one" (\r\n  id int\r\n);\r\n');
        expect(await applyMigrations(db.url, { dir })).toEqual({ applied: [], alreadyApplied: ["20000101000000_one"] });
      } finally {
        await db.drop();
      }
    });

    it("refuses a database that has migrations these files do not know (migrated by newer code)", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "claimgraph-migrations-"));
      for (const name of ["20000101000000_one", "20000102000000_two"]) {
        await mkdir(path.join(dir, name));
        await writeFile(path.join(dir, name, "migration.sql"), `CREATE TABLE "${name.slice(15)}" (id int);`);
      }
      const db = await createEmptyDatabase();
      try {
        await applyMigrations(db.url, { dir });
        const { rm } = await import("node:fs/promises");
        await rm(path.join(dir, "20000102000000_two"), { recursive: true });
        await expect(applyMigrations(db.url, { dir })).rejects.toThrow(
          /migrations this code does not know \(20000102000000_two\)/,
        );
      } finally {
        await db.drop();
      }
    });

    it("waits for another process's migration lock, and gives up after the timeout with a clear error", async () => {
      const db = await createEmptyDatabase();
      const holder = new Client({ connectionString: db.url });
      await holder.connect();
      try {
        await holder.query("SELECT pg_advisory_lock(72707369)");
        await expect(applyMigrations(db.url, { lockTimeoutMs: 600 })).rejects.toThrow(
          /Another process has held the migration lock/,
        );
        await holder.query("SELECT pg_advisory_unlock(72707369)");
        expect((await applyMigrations(db.url, { lockTimeoutMs: 600 })).applied.length).toBeGreaterThan(0);
      } finally {
        await holder.end();
        await db.drop();
      }
    });
  });
});
