import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { fork } from "node:child_process";
import path from "node:path";
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
  const embedded = await startEmbeddedProcess();
  await applyMigrations(embedded.url);
  // One connection, as src/shared/database/database.ts does for PGlite.
  const prisma = createPrismaClient(embedded.url, { onQuery, poolSize: 1 });
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
  const embedded = await startEmbeddedProcess();
  return { url: embedded.url, drop: () => embedded.stop() };
}

/** Fallback path: an in-memory PGlite in a child process (see embedded-child.js). */
function startEmbeddedProcess(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = fork(path.join(__dirname, "embedded-child.js"), [], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^URL (\S+)$/m.exec(output);
      if (match) {
        resolve({
          url: match[1]!,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
  });
}
