import { loadConfig } from "../src/shared/config";
import { openDatabase } from "../src/shared/database/database";

/**
 * npm run db:migrate — applies pending migrations, as the schema owner: MIGRATION_DATABASE_URL,
 * else DATABASE_URL, else the embedded database.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    migrationUrl: config.migrationUrl,
    dataDir: config.dataDir,
    log: console.log,
  });
  await database.close();
  console.log("the database is up to date");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
