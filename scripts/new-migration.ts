import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR, readMigrations } from "../src/shared/database/migrations";
import { diffSchemas } from "./prisma-diff";

/**
 * npm run db:migration -- <name>
 *
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with Prisma's SQL for the change
 * from the last committed prisma/schema.prisma (git HEAD) to the working copy. Review the
 * file, add what Prisma cannot express (CHECK constraints, triggers), then commit the schema
 * and the migration together; tests/database/drift.test.ts fails if they disagree.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("usage: npm run db:migration -- <name in snake_case>");
  }
  const schemaPath = path.resolve(MIGRATIONS_DIR, "..", "schema.prisma");
  const to = await readFile(schemaPath, "utf8");
  const hasMigrations = existsSync(MIGRATIONS_DIR) && (await readMigrations()).length > 0;
  const from = hasMigrations ? execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }) : null;
  const sql = await diffSchemas({
    from,
    to,
    databaseUrl: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  });
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("schema.prisma has no changes since HEAD: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  if (!existsSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"))) {
    await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
