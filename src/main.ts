import "reflect-metadata";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createServices } from "./context";
import { CHANNEL as EVENT_CHANNEL, createEventHub, EventBus } from "./modules/history/history.events";
import { isEmpty, seedDatabase } from "./modules/ingest/seed.service";
import { loadSigningSecret } from "./modules/user/session.secret";
import { createSchema } from "./schema";
import { startHttpServer } from "./server";
import { loadConfig } from "./shared/config";
import type { Database } from "./shared/database/database";
import { openDatabase, servingRolePrivileges } from "./shared/database/database";
import { withMigrationLock } from "./shared/database/migrations";
import { assertPortFree } from "./shared/http/port";
import type { Config } from "./shared/config";
import type { Logger } from "./shared/logger";
import { createLogger } from "./shared/logger";
import { PROJECT_ROOT } from "./shared/paths";

/** The README's first query (examples/first-query.graphql), printed as a curl command to try. */
function firstQueryCommand(url: string): string {
  const query = readFileSync(path.join(PROJECT_ROOT, "examples", "first-query.graphql"), "utf8")
    .replace(/#.*$/gm, "")
    .replace(/\s+/g, " ")
    .trim();
  return `curl -s ${url} -H 'content-type: application/json' \\\n    --data '${JSON.stringify({ query })}'`;
}

/**
 * The server's database role should be able to do what it needs and no more: not a superuser,
 * not the owner of the tables (an owner can disable the triggers that keep history
 * append-only), nor able to create roles (on PostgreSQL before 16 that includes joining the
 * owner's). In production such a role stops the server, unless explicitly allowed; in
 * development it is a warning. The embedded database has a single user and is not checked.
 */
async function checkDatabaseRole(config: Config, database: Database, logger: Logger): Promise<void> {
  if (database.embedded) return;
  const role = await servingRolePrivileges(database.prisma);
  if (!role.superuser && !role.owner && !role.createsRoles) return;
  const what = role.superuser
    ? "is a superuser"
    : role.owner
      ? "owns the tables"
      : "can create roles (and so grant itself the owner's)";
  const message =
    `The server connects to PostgreSQL as ${role.role}, which ${what}: ` +
    "it could alter history or switch off the triggers that keep it append-only. Connect as a member of " +
    'claimgraph_app and migrate as the owner with MIGRATION_DATABASE_URL (README, "Production").';
  if (config.production && !config.allowPrivilegedDatabaseRole) {
    throw new Error(`${message} To start anyway, set CLAIMGRAPH_ALLOW_PRIVILEGED_DB_ROLE=true.`);
  }
  logger.warn(message);
}

/** Starts the server: open (or start) the database, migrate, seed if due, listen. */
export async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // A port already in use is reported now, not after the migrations and the seeding.
  await assertPortFree(config.host, config.port);
  // Before anything else: in production a missing JWT_SECRET stops the server here.
  const session = { secret: await loadSigningSecret(config), tokenTtlSeconds: config.tokenTtlSeconds };
  if (config.databaseUrl && !config.jwtSecret) {
    logger.warn(
      "JWT_SECRET is not set: this instance signs sessions with a key of its own data folder, so a token it issues " +
        "fails on any other instance of the same database. Give every instance the same JWT_SECRET.",
    );
  }
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    migrationUrl: config.migrationUrl,
    dataDir: config.dataDir,
    channels: [EVENT_CHANNEL],
    log: (message) => logger.info(message),
  });
  try {
    await checkDatabaseRole(config, database, logger);
  } catch (error) {
    await database.close();
    throw error;
  }
  logger.info(
    database.embedded
      ? `using the embedded PostgreSQL (PGlite) in ${config.dataDir}/pglite — for trying things out, not for production`
      : "using the PostgreSQL server at DATABASE_URL",
  );
  if (config.seed !== "never") {
    // Under the migration lock, so that instances starting together seed once.
    const report = await withMigrationLock(database.url, async () =>
      config.seed === "always" || (await isEmpty(database.prisma)) ? seedDatabase(database.prisma) : null,
    );
    if (report) logger.info(report, "loaded the seeds");
  }
  const hub = createEventHub();
  const schema = await createSchema(hub);
  const events = new EventBus(
    database.embedded
      ? { kind: "embedded", onNotification: database.embedded.onNotification }
      : { kind: "server", url: database.url },
    database.prisma,
    hub,
    logger,
  );
  await events.start();
  const server = await startHttpServer(
    { config, prisma: database.prisma, logger, services: createServices(database.prisma, session, config.limits) },
    schema,
    hub,
  );
  logger.info(`Claimgraph is serving GraphQL at ${server.url}`);
  process.stdout.write(`\nClaimgraph GraphQL API: ${server.url}\nTry it:\n  ${firstQueryCommand(server.url)}\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await server.stop();
    await events.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
