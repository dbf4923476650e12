import { hostname } from "node:os";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";

/**
 * An exclusive lock on the embedded database's data folder. PGlite is a single process's
 * database: a second process opening the same folder would run its own copy of it, and the
 * two would overwrite each other's writes.
 *
 * proper-lockfile takes the lock atomically (mkdir) and keeps it fresh while the process runs;
 * a lock its holder stopped refreshing (the process died) goes stale after a few seconds and is
 * taken over, whatever pid the new process has (in a container, pid 1 again). Who holds it is
 * written beside it, for the message a second process gets.
 */
export interface DataDirLock {
  release(): Promise<void>;
}

const STALE_MS = 5_000;

export async function lockDataDir(dir: string): Promise<DataDirLock> {
  await mkdir(dir, { recursive: true });
  const lockPath = path.join(dir, "claimgraph.lock");
  const holderPath = path.join(dir, "claimgraph.lock.json");
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: lockPath,
      stale: STALE_MS,
      update: STALE_MS / 2,
      // Wait out a lock left by a process that has just died, so that a restart succeeds.
      retries: { retries: 4, factor: 1, minTimeout: STALE_MS / 4, maxTimeout: STALE_MS / 4 },
      // The lock could not be refreshed (the folder went away, the disk is full): stop writing.
      onCompromised: (error) => {
        console.error(`The lock on ${dir} was lost (${error.message}); stopping so as not to corrupt the database.`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const holder = await readFile(holderPath, "utf8")
      .then((text) => JSON.parse(text) as { pid: number; host: string; startedAt: string })
      .catch(() => null);
    throw new Error(
      `The embedded database in ${dir} is in use by another Claimgraph process` +
        (holder ? ` (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt})` : "") +
        ". Stop that process first, or give this one a data folder of its own with CLAIMGRAPH_DATA_DIR.",
    );
  }
  await writeFile(
    holderPath,
    JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }) + "\n",
  );
  return { release };
}
