import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";

/** A system under test, running in a process of its own. */
export interface RunningSystem {
  url: string;
  pid: number;
  stop(): Promise<void>;
  /** What it printed, for the error message when it fails. */
  output(): string;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts `node <script>` with `env` and waits until `ready` (an HTTP probe) succeeds. The
 * process's own pid is what the CPU and memory figures are read from.
 */
export async function startSystem(
  script: string,
  env: NodeJS.ProcessEnv,
  ready: (url: string) => Promise<boolean>,
  path = "/graphql",
): Promise<RunningSystem> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}${path}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}:\n${output}`);
    if (await ready(url).catch(() => false)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${script} did not become ready in 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system, ms) a process has used, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may contain spaces, hence the last ")"): utime is 14th, stime 15th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time (ms) PostgreSQL has used on this machine, including its backends that have exited:
 * the live server processes' own time plus the time of the children the postmaster has reaped
 * (its cutime and cstime), so that a connection closing during a run does not take its work
 * with it. Null when no PostgreSQL server runs here.
 */
export function postgresCpuMs(): number | null {
  let total = 0;
  let found = false;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = readFileSync(`/proc/${fields[1]}/stat`, "utf8");
      const own = Number(fields[11]) + Number(fields[12]);
      // The postmaster (whose parent is not PostgreSQL) also counts its reaped children.
      const reaped = parent.includes("(postgres)") ? 0 : Number(fields[13]) + Number(fields[14]);
      total += ((own + reaped) * 1000) / TICKS_PER_SECOND;
      found = true;
    } catch {
      // The process ended while we looked.
    }
  }
  return found ? total : null;
}

/** Resident memory of a process (bytes), from /proc/<pid>/status. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}
