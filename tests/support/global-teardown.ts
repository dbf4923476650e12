import { Client } from "pg";
import { readTarget } from "./server-target";

/** Drops every database this run created, even those of test files that crashed. */
export default async function globalTeardown(): Promise<void> {
  const target = readTarget();
  if (target.mode !== "server" || !target.adminUrl) return;
  const admin = new Client({ connectionString: target.adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${target.prefix}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
