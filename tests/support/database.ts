import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../../src/shared/database/embedded";
import { applyMigrations } from "../../src/shared/database/migrations";
import type { PrismaClient } from "../../src/shared/database/prisma";
import { createPrismaClient } from "../../src/shared/database/prisma";
import { readTarget, withDatabase } from "./server-target";

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** SQL statements Prisma sent since the last reset (see countStatements). */
  statements: string[];
  drop(): Promise<void>;
}

/**
 * A fresh, migrated, empty database of its own: cloned from the run's template on a server,
 * or an in-memory PGlite on the fallback path. Call drop() in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = readTarget();
  const statements: string[] = [];
  const onQuery = (sql: string) => statements.push(sql);
  if (target.mode === "server") {
    const name = `${target.prefix}_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: target.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${target.template}"`);
    await admin.end();
    const url = withDatabase(target.adminUrl!, name);
    const prisma = createPrismaClient(url, { onQuery });
    return {
      url,
      prisma,
      statements,
      async drop() {
        await prisma.$disconnect();
        const again = new Client({ connectionString: target.adminUrl });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await again.end();
      },
    };
  }
  const embedded = await startEmbeddedPostgres();
  await applyMigrations(embedded.url);
  const prisma = createPrismaClient(embedded.url, { onQuery });
  return {
    url: embedded.url,
    prisma,
    statements,
    async drop() {
      await prisma.$disconnect();
      await embedded.stop();
    },
  };
}

/** Runs `work` and returns how many SQL statements Prisma sent meanwhile. */
export async function countStatements(db: TestDatabase, work: () => Promise<unknown>): Promise<number> {
  db.statements.length = 0;
  await work();
  return db.statements.length;
}

/** An empty database (no migrations), for tests of the migration machinery itself. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const target = readTarget();
  if (target.mode === "server") {
    const name = `${target.prefix}_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: target.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      url: withDatabase(target.adminUrl!, name),
      async drop() {
        const again = new Client({ connectionString: target.adminUrl });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await again.end();
      },
    };
  }
  const embedded = await startEmbeddedPostgres();
  return { url: embedded.url, drop: () => embedded.stop() };
}
