import { seedDatabase } from "../src/modules/ingest/seed.service";
import { loadConfig } from "../src/shared/config";
import { openDatabase } from "../src/shared/database/database";

/** npm run db:seed — loads seeds/ into DATABASE_URL or the embedded database (idempotent). */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: console.log });
  try {
    console.log("created:", await seedDatabase(database.prisma));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
