import { randomBytes } from "node:crypto";
import { fork } from "node:child_process";
import path from "node:path";
import { applyMigrations } from "../../src/shared/database/migrations";
import type { PrismaClient } from "../../src/shared/database/prisma";
import { createPrismaClient } from "../../src/shared/database/prisma";
import { adminQuery, readTarget, withDatabase } from "./server-target";

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** SQL statements sent since the last reset (see countStatements), with the rows each returned. */
  statements: string[];
  rows: number[];
  drop(): Promise<void>;
}

/**
 * A fresh, migrated, empty database of its own: cloned from the run's template on a server,
 * or an in-memory PGlite on the fallback path. Call drop() in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = readTarget();
  const database = await createDatabase(target.mode === "server" ? target.template : undefined);
  if (target.mode === "embedded") await applyMigrations(database.url);
  const statements: string[] = [];
  const rows: number[] = [];
  // One pooled connection on PGlite, as src/shared/database/database.ts does.
  const prisma = createPrismaClient(database.url, {
    onQuery: (sql, count) => {
      statements.push(sql);
      rows.push(count);
    },
    poolSize: target.mode === "embedded" ? 1 : undefined,
    embedded: target.mode === "embedded",
  });
  return {
    url: database.url,
    prisma,
    statements,
    rows,
    async drop() {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}

/** Runs `work` and returns how many SQL statements it sent. */
export async function countStatements(db: TestDatabase, work: () => Promise<unknown>): Promise<number> {
  return (await countReads(db, work)).statements;
}

/** Runs `work` and returns how many SQL statements it sent and how many rows they returned. */
export async function countReads(
  db: TestDatabase,
  work: () => Promise<unknown>,
): Promise<{ statements: number; rows: number }> {
  db.statements.length = 0;
  db.rows.length = 0;
  await work();
  return { statements: db.statements.length, rows: db.rows.reduce((sum, count) => sum + count, 0) };
}

/** An empty database (no migrations), for tests of the migration machinery itself. */
export function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createDatabase();
}

/** A database of this run's own: on the server a new one (cloned from `template` if given), else a PGlite. */
async function createDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const target = readTarget();
  if (target.mode === "embedded") {
    const embedded = await startEmbeddedProcess();
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `${target.prefix}_${randomBytes(4).toString("hex")}`;
  await adminQuery(target.adminUrl!, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return {
    url: withDatabase(target.adminUrl!, name),
    drop: async () => {
      await adminQuery(target.adminUrl!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Fallback path: an in-memory PGlite in a child process (see embedded-child.js). */
export function startEmbeddedProcess(): Promise<{ url: string; stop(): Promise<void> }> {
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
