import path from "node:path";
import type { PrismaClient } from "./prisma";
import { createPrismaClient } from "./prisma";
import type { PrismaOptions } from "./prisma";
import type { EmbeddedPostgres } from "./embedded";
import { startEmbeddedPostgres } from "./embedded";
import { applyMigrations } from "./migrations";

export interface Database {
  url: string;
  /** Set for the embedded database: its NOTIFYs, delivered in-process (see embedded.ts). */
  embedded: Pick<EmbeddedPostgres, "onNotification"> | null;
  prisma: PrismaClient;
  close(): Promise<void>;
}

/**
 * Opens the database the configuration names — the PostgreSQL server at `databaseUrl`, or
 * the embedded PGlite under `dataDir` when there is none — and brings its schema up to date.
 * Both paths then run the same migrations and the same code.
 */
export async function openDatabase(
  options: {
    databaseUrl?: string;
    dataDir: string;
    /** Channels the embedded database delivers NOTIFYs of in-process. */
    channels?: string[];
    log?: (message: string) => void;
  } & PrismaOptions,
): Promise<Database> {
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.join(options.dataDir, "pglite"), channels: options.channels });
  const url = options.databaseUrl ?? embedded!.url;
  try {
    await applyMigrations(url, { log: options.log });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  // PGlite is one session multiplexed by its socket server, which keeps transactions apart
  // but can interleave the extended-protocol messages of concurrent plain queries from
  // different connections (seen here: a concurrent INSERT ... RETURNING came back empty).
  // One pooled connection serialises them.
  const prisma = createPrismaClient(url, embedded ? { ...options, poolSize: 1 } : options);
  return {
    url,
    embedded: embedded ?? null,
    prisma,
    async close() {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}
