import { adminQuery, readTarget } from "./server-target";

/** Drops every database this run created, even those of test files that crashed. */
export default async function globalTeardown(): Promise<void> {
  const target = readTarget();
  if (target.mode !== "server" || !target.adminUrl) return;
  const rows = await adminQuery<{ datname: string }>(
    target.adminUrl,
    "SELECT datname FROM pg_database WHERE datname LIKE $1",
    [`${target.prefix}%`],
  );
  for (const { datname } of rows)
    await adminQuery(target.adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
