import { hostname } from "node:os";
import { mkdir, open, readFile, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * An exclusive lock on the embedded database's data folder. PGlite is a single process's
 * database: a second process opening the same folder would run its own copy of it, and the
 * two would overwrite each other's writes. The lock is a file created exclusively (O_EXCL) with
 * the owner's pid; a lock left by a process that no longer runs is taken over.
 */
export interface DataDirLock {
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

const LOCK_FILE = "claimgraph.lock";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function lockDataDir(dir: string): Promise<DataDirLock> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, "wx", 0o600);
      await handle.writeFile(JSON.stringify(me) + "\n");
      await handle.close();
      return {
        async release() {
          const holder = await readHolder(file);
          if (holder?.pid === me.pid) await unlink(file).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readHolder(file);
    if (holder && (holder.host !== me.host || isRunning(holder.pid))) {
      throw new Error(
        `The embedded database in ${dir} is in use by another Claimgraph process ` +
          `(pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}). Stop that process first, ` +
          "or give this one a data folder of its own with CLAIMGRAPH_DATA_DIR.",
      );
    }
    // Left behind by a process that has exited (or unreadable): take it over.
    await unlink(file).catch(() => undefined);
  }
  throw new Error(`Could not lock ${file}: another process keeps taking it.`);
}

async function readHolder(file: string): Promise<Holder | null> {
  try {
    const holder = JSON.parse(await readFile(file, "utf8")) as Holder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}
