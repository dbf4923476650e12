import { applyMigrations } from "../../src/shared/database/migrations";
import type { TestTarget } from "./server-target";
import { adminQuery, defaultServerUrl, serverReachable, TARGET_ENV, withDatabase } from "./server-target";

/**
 * Runs once before all test files: picks the database target and, on a server, builds a
 * template database with every migration applied; each test file then clones it (fast).
 */
export default async function globalSetup(): Promise<void> {
  const prefix = `claimgraph_test_${process.pid}_${Date.now().toString(36)}`;
  const url = defaultServerUrl();
  let target: TestTarget;
  if (await serverReachable(url)) {
    const template = `${prefix}_template`;
    await adminQuery(url, `CREATE DATABASE "${template}"`);
    await applyMigrations(withDatabase(url, template));
    target = { mode: "server", adminUrl: url, template, prefix };
    console.log(
      `\n[claimgraph tests] PostgreSQL server at ${new URL(url).host}; one database per test file (${prefix}_*)`,
    );
  } else if (process.env.CI) {
    throw new Error(`[claimgraph tests] CI requires a PostgreSQL server, but ${new URL(url).host} is unreachable.`);
  } else {
    target = { mode: "embedded", prefix };
    console.log(
      `\n[claimgraph tests] No PostgreSQL server at ${new URL(url).host}: using the embedded PGlite database. ` +
        "Tests that need a second process on one server are skipped.",
    );
  }
  process.env[TARGET_ENV] = JSON.stringify(target);
}
