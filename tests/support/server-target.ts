import { Client } from "pg";

/**
 * Where the test suite's databases live. In CI (CI=true) a PostgreSQL server is required
 * and an unreachable one fails the run; on a machine with only Node the suite falls back to
 * the embedded PGlite and says so.
 */
export interface TestTarget {
  mode: "server" | "embedded";
  /** server mode: admin connection string of the server (database "postgres"). */
  adminUrl?: string;
  /** server mode: template database with all migrations applied. */
  template?: string;
  /** Prefix of every database this run creates, so teardown can drop them all. */
  prefix: string;
}

export const TARGET_ENV = "CLAIMGRAPH_TEST_TARGET";

export function defaultServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export async function serverReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function readTarget(): TestTarget {
  const raw = process.env[TARGET_ENV];
  if (!raw) throw new Error("tests/support/global-setup.ts did not run (jest.config.js globalSetup)");
  return JSON.parse(raw) as TestTarget;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs one statement on the server's admin connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery<R extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
