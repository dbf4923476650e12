import { applyMigrations } from "../src/shared/database/migrations";
import { loadConfig } from "../src/shared/config";
import { startEmbeddedPostgres } from "../src/shared/database/embedded";
import path from "node:path";

/** npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, "pglite") });
  try {
    const report = await applyMigrations(config.databaseUrl ?? embedded!.url, { log: console.log });
    console.log(`${report.applied.length} applied, ${report.alreadyApplied.length} already applied`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
