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
import { openDatabase } from "./shared/database/database";
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

/** Starts the server: open (or start) the database, migrate, seed if due, listen. */
export async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Before anything else: in production a missing JWT_SECRET stops the server here.
  const session = { secret: await loadSigningSecret(config), tokenTtlSeconds: config.tokenTtlSeconds };
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    channels: [EVENT_CHANNEL],
    log: (message) => logger.info(message),
  });
  logger.info(
    database.embedded
      ? `using the embedded PostgreSQL (PGlite) in ${config.dataDir}/pglite — for trying things out, not for production`
      : "using the PostgreSQL server at DATABASE_URL",
  );
  if (config.seed === "always" || (config.seed === "auto" && (await isEmpty(database.prisma)))) {
    const report = await seedDatabase(database.prisma);
    logger.info(report, "loaded the seeds");
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
