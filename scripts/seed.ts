import { isEmpty, seedDatabase } from "../src/modules/ingest/seed.service";
import { loadConfig } from "../src/shared/config";
import { openDatabase } from "../src/shared/database/database";
import { withMigrationLock } from "../src/shared/database/migrations";

/** npm run db:seed — loads seeds/ into DATABASE_URL or the embedded database (idempotent). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.production) {
    throw new Error(
      "npm run db:seed is refused with NODE_ENV=production: the seeds contain development accounts whose " +
        "passwords are published in the README.",
    );
  }
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    migrationUrl: config.migrationUrl,
    dataDir: config.dataDir,
    log: console.log,
  });
  try {
    const empty = await isEmpty(database.prisma);
    const report = await withMigrationLock(database.url, () => seedDatabase(database.prisma));
    console.log(empty ? "seeded an empty database:" : "created what was missing:", report);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
