import { Client } from "pg";
import { loadConfig } from "../src/shared/config";

/**
 * npm run db:grant — re-applies the serving role's privileges (claimgraph_app), as the schema
 * owner (MIGRATION_DATABASE_URL, else DATABASE_URL). Needed once when an administrator created
 * the role after the migrations ran; migrations grant it themselves otherwise.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const url = config.migrationUrl ?? config.databaseUrl;
  if (!url) throw new Error("Set MIGRATION_DATABASE_URL (or DATABASE_URL) to the schema owner's connection.");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    client.on("notice", (notice) => console.log(notice.message));
    await client.query(`SELECT "claimgraph_grant_serving_role"()`);
    console.log("granted claimgraph_app its privileges");
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
