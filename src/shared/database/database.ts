import path from "node:path";
import type { PrismaClient } from "./prisma";
import { createPrismaClient } from "./prisma";
import type { PrismaOptions } from "./prisma";
import type { DataDirLock } from "./data-dir.lock";
import { lockDataDir } from "./data-dir.lock";
import type { EmbeddedPostgres } from "./embedded";
import { startEmbeddedPostgres } from "./embedded";
import { applyMigrations } from "./migrations";
import { checkConnection } from "./connection";

export interface Database {
  url: string;
  /** Set for the embedded database: its NOTIFYs, delivered in-process (see embedded.ts). */
  embedded: Pick<EmbeddedPostgres, "onNotification"> | null;
  prisma: PrismaClient;
  close(): Promise<void>;
}

export interface DatabaseOptions extends PrismaOptions {
  /** The server's connection; unset means the embedded PGlite under `dataDir`. */
  databaseUrl?: string;
  /** The schema owner's connection, for migrations; unset means `databaseUrl`. */
  migrationUrl?: string;
  dataDir: string;
  /** Channels the embedded database delivers NOTIFYs of in-process. */
  channels?: string[];
  log?: (message: string) => void;
}

/**
 * Opens the database the configuration names — the PostgreSQL server at `databaseUrl`, or
 * the embedded PGlite under `dataDir` when there is none — and brings its schema up to date
 * (as the owner at `migrationUrl`, when given). Both paths then run the same migrations and the
 * same code. The embedded database's folder is locked for this process. A connection string
 * that does not work is refused first (connection.ts), naming its variable.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  // A wrong connection string is the commonest failure at start: reported in one line naming
  // the variable to fix, before anything else uses it.
  if (options.databaseUrl) await checkConnection(options.databaseUrl, "DATABASE_URL");
  if (options.migrationUrl) await checkConnection(options.migrationUrl, "MIGRATION_DATABASE_URL");
  let lock: DataDirLock | null = null;
  let embedded: EmbeddedPostgres | null = null;
  if (!options.databaseUrl) {
    lock = await lockDataDir(options.dataDir);
    try {
      embedded = await startEmbeddedPostgres({
        dataDir: path.join(options.dataDir, "pglite"),
        channels: options.channels,
      });
    } catch (error) {
      await lock.release();
      throw error;
    }
  }
  const url = options.databaseUrl ?? embedded!.url;
  const stop = async () => {
    await embedded?.stop();
    await lock?.release();
  };
  try {
    await applyMigrations(options.migrationUrl ?? url, { log: options.log });
  } catch (error) {
    await stop();
    throw error;
  }
  // PGlite is one session multiplexed by its socket server, which keeps transactions apart
  // but can interleave the extended-protocol messages of concurrent plain queries from
  // different connections (seen here: a concurrent INSERT ... RETURNING came back empty).
  // One pooled connection serialises them.
  const prisma = createPrismaClient(url, embedded ? { ...options, poolSize: 1, embedded: true } : options);
  return {
    url,
    embedded,
    prisma,
    async close() {
      await prisma.$disconnect();
      await stop();
    },
  };
}

/** What the server's own database role may do beyond its needs: checked at start (main.ts). */
export async function servingRolePrivileges(
  prisma: PrismaClient,
): Promise<{ role: string; superuser: boolean; owner: boolean; createsRoles: boolean }> {
  // MEMBER, not USAGE: a member of the owning role without INHERIT can still SET ROLE to it.
  const [row] = await prisma.$queryRaw<{ role: string; superuser: boolean; owner: boolean; createsRoles: boolean }[]>`
    SELECT current_user AS role, r.rolsuper AS superuser, r.rolcreaterole AS "createsRoles",
           pg_has_role(current_user, c.relowner, 'MEMBER') AS owner
      FROM pg_roles r, pg_class c
     WHERE r.rolname = current_user AND c.oid = '"annotation_events"'::regclass`;
  return row!;
}
