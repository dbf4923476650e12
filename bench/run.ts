import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { PROJECT_ROOT } from "../src/shared/paths";
import { BENCH_EDITOR, benchDatabase, benchFixtures } from "./database";
import type { RunningSystem } from "./process";
import { cpuMs, postgresCpuMs, rssBytes, startSystem } from "./process";
import type { Fixtures, Scenario, SystemName } from "./scenarios";
import { SCENARIOS } from "./scenarios";
import { startWireProxy } from "./wire";

const USAGE = `usage: npm run bench -- [--articles 10000] [--rounds 5] [--seconds 10] [--connections 16]
                       [--scenarios list,article,actor,search,edit] [--systems claimgraph,postgraphile,floor] [--label name]
The PostgreSQL server is BENCH_DATABASE_URL, else DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres;
the benchmark creates (and reuses) a database of its own there, claimgraph_bench_<articles>.`;

const DIST = path.join(PROJECT_ROOT, "dist");
const SYSTEMS: Record<SystemName, { title: string; script: string; env: NodeJS.ProcessEnv }> = {
  claimgraph: {
    title: "Claimgraph",
    script: path.join(DIST, "src", "main.js"),
    env: {
      NODE_ENV: "production",
      JWT_SECRET: "benchmark-secret-0123456789-abcdefghijklmnop",
      // The benchmark connects as the owner of its own database; the role check is for deployments.
      CLAIMGRAPH_ALLOW_PRIVILEGED_DB_ROLE: "true",
      LOG_LEVEL: "warn",
    },
  },
  postgraphile: {
    title: "PostGraphile",
    script: path.join(DIST, "bench", "systems", "postgraphile.js"),
    env: { NODE_ENV: "production", GRAPHILE_ENV: "production" },
  },
  floor: { title: "floor", script: path.join(DIST, "bench", "systems", "floor.js"), env: { NODE_ENV: "production" } },
};

interface Options {
  articles: number;
  rounds: number;
  seconds: number;
  connections: number;
  scenarios: Scenario[];
  systems: SystemName[];
  label: string;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000" },
      rounds: { type: "string", default: "5" },
      seconds: { type: "string", default: "10" },
      connections: { type: "string", default: "16" },
      scenarios: { type: "string" },
      systems: { type: "string" },
      label: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name: keyof typeof values) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number.\n${USAGE}`);
    return n;
  };
  const scenarios = values.scenarios
    ? values.scenarios.split(",").map((name) => {
        const found = SCENARIOS.find((scenario) => scenario.name === name);
        if (!found) throw new Error(`unknown scenario ${name}.\n${USAGE}`);
        return found;
      })
    : SCENARIOS;
  const systems = (values.systems?.split(",") ?? Object.keys(SYSTEMS)) as SystemName[];
  for (const system of systems) if (!SYSTEMS[system]) throw new Error(`unknown system ${system}.\n${USAGE}`);
  return {
    articles: number("articles"),
    rounds: number("rounds"),
    seconds: number("seconds"),
    connections: number("connections"),
    scenarios,
    systems,
    label: values.label ?? gitDescription(),
  };
}

function gitDescription(): string {
  try {
    return execFileSync("git", ["describe", "--always", "--dirty"], { cwd: PROJECT_ROOT }).toString().trim();
  } catch {
    return "unversioned";
  }
}

const ready = async (url: string) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  return response.status < 500;
};

async function start(system: SystemName, databaseUrl: string): Promise<RunningSystem> {
  const { script, env } = SYSTEMS[system];
  return startSystem(script, { ...env, DATABASE_URL: databaseUrl }, ready, system === "floor" ? "" : "/graphql");
}

async function post(url: string, ask: { path?: string; body: unknown; headers?: Record<string, string> }) {
  const response = await fetch(url + (ask.path ?? ""), {
    method: "POST",
    headers: { "content-type": "application/json", ...ask.headers },
    body: JSON.stringify(ask.body),
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  return { json: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

/** Signs the bench editor in on Claimgraph (its edits need a session); other systems need none. */
async function signIn(system: RunningSystem): Promise<string> {
  const { json } = await post(system.url, {
    body: {
      query: `mutation ($input: LoginInput!) { login(input: $input) { token errors { code } } }`,
      variables: { input: BENCH_EDITOR },
    },
  });
  const token = json.data?.login?.token;
  if (!token) throw new Error(`the bench editor could not sign in: ${JSON.stringify(json)}`);
  return token;
}

interface Probe {
  statements: number;
  rows: number;
  dbBytes: number;
  responseBytes: number;
  answers: unknown[];
}

/**
 * Runs each scenario a few times, one request at a time, with the system connected to the
 * database through the counting proxy: statements, rows and bytes per request, and the
 * canonical answers to compare.
 */
async function probe(
  opts: Options,
  databaseUrl: string,
  fixtures: Fixtures,
  log: (line: string) => void,
): Promise<Map<string, Probe>> {
  const REQUESTS = 10;
  const database = new URL(databaseUrl);
  const proxy = await startWireProxy({ host: database.hostname, port: Number(database.port || 5432) });
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(proxy.port);
  proxied.searchParams.set("sslmode", "disable");
  const results = new Map<string, Probe>();
  try {
    for (const system of opts.systems) {
      const running = await start(system, proxied.toString());
      try {
        if (system === "claimgraph") fixtures.editorToken = await signIn(running);
        for (const scenario of opts.scenarios) {
          const ask = scenario.ask[system];
          const read = scenario.read[system];
          if (!ask || !read) continue;
          for (let n = 0; n < 3; n++) {
            const { json } = await post(running.url, ask(fixtures, n)); // warm-up
            scenario.after?.(fixtures, read(json));
          }
          proxy.reset();
          const answers: unknown[] = [];
          let responseBytes = 0;
          for (let n = 0; n < REQUESTS; n++) {
            const { json, bytes } = await post(running.url, ask(fixtures, n));
            const answer = read(json);
            scenario.after?.(fixtures, answer);
            answers.push(answer);
            responseBytes += bytes;
          }
          results.set(`${scenario.name}/${system}`, {
            statements: proxy.counts.statements / REQUESTS,
            rows: proxy.counts.rows / REQUESTS,
            dbBytes: proxy.counts.bytes / REQUESTS,
            responseBytes: responseBytes / REQUESTS,
            answers,
          });
          log(
            `probe ${scenario.name} ${system}: ${(proxy.counts.statements / REQUESTS).toFixed(1)} statements, ` +
              `${(proxy.counts.rows / REQUESTS).toFixed(0)} rows per request`,
          );
        }
      } finally {
        await running.stop();
      }
    }
  } finally {
    await proxy.close();
  }
  return results;
}

/** Where two answers first differ, for the message that stops the benchmark. */
function firstDifference(a: unknown, b: unknown, at = "$"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${at}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference((a as any)[key], (b as any)[key], `${at}.${key}`);
    if (found) return found;
  }
  return `${at}: differ`;
}

function compareAnswers(opts: Options, probes: Map<string, Probe>): void {
  for (const scenario of opts.scenarios) {
    if (scenario.writes) continue; // each system's write changes other rows; that it succeeded is what is checked
    const systems = opts.systems.filter((system) => probes.has(`${scenario.name}/${system}`));
    const [first, ...rest] = systems;
    for (const other of rest) {
      const a = probes.get(`${scenario.name}/${first}`)!.answers;
      const b = probes.get(`${scenario.name}/${other}`)!.answers;
      const difference = firstDifference(a, b);
      if (difference) throw new Error(`${scenario.name}: ${first} and ${other} answer differently at ${difference}`);
    }
  }
}

interface Timing {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  serverCpuMs: number;
  dbCpuMs: number | null;
  peakRss: number;
}

/** One timed run: `connections` clients sending the scenario's requests back to back for `seconds`. */
async function timed(
  opts: Options,
  databaseUrl: string,
  system: SystemName,
  running: RunningSystem,
  scenario: Scenario,
  fixtures: Fixtures,
  seconds: number,
): Promise<Timing> {
  const ask = scenario.ask[system]!;
  const read = scenario.read[system]!;
  let n = 0;
  let graphqlErrors = 0;
  const cpuBefore = cpuMs(running.pid);
  const dbBefore = postgresCpuMs();
  let peakRss = rssBytes(running.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssBytes(running.pid))), 100);
  const result = await autocannon({
    url: running.url,
    connections: opts.connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request: any) => {
          const next = ask(fixtures, n++);
          return {
            ...request,
            method: "POST",
            path: new URL(running.url).pathname.replace(/\/$/, "") + (next.path ?? ""),
            headers: { "content-type": "application/json", ...next.headers },
            body: JSON.stringify(next.body),
          };
        },
        onResponse: (status: number, body: string) => {
          if (status !== 200) return;
          if (scenario.after) {
            try {
              scenario.after(fixtures, read(JSON.parse(body)));
            } catch {
              graphqlErrors++;
            }
          } else if (body.startsWith('{"errors"') || body.includes('"errors":[')) {
            graphqlErrors++;
          }
        },
      } as any,
    ],
  });
  clearInterval(sampler);
  const dbAfter = postgresCpuMs();
  if (scenario.writes) await resyncEdits(fixtures, databaseUrl);
  const requests = Math.max(result.requests.total, 1);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    serverCpuMs: (cpuMs(running.pid) - cpuBefore) / requests,
    dbCpuMs: dbBefore === null || dbAfter === null ? null : (dbAfter - dbBefore) / requests,
    peakRss,
  };
}

/** Reads the edited annotations' versions back: requests cut off at the end of a run never reported theirs. */
async function resyncEdits(fixtures: Fixtures, databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = await client.query<{ id: string; version: number }>(
      "SELECT id, version FROM annotations WHERE id = ANY($1::uuid[]) ORDER BY id",
      [fixtures.edits.ids],
    );
    fixtures.edits.reset(rows.rows);
  } finally {
    await client.end();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function measure(opts: Options, databaseUrl: string, fixtures: Fixtures, log: (line: string) => void) {
  const running = new Map<SystemName, RunningSystem>();
  const timings = new Map<string, Timing[]>();
  try {
    for (const system of opts.systems) running.set(system, await start(system, databaseUrl));
    if (running.has("claimgraph")) fixtures.editorToken = await signIn(running.get("claimgraph")!);
    const pairs = opts.scenarios.flatMap((scenario) =>
      opts.systems.filter((system) => scenario.ask[system]).map((system) => ({ scenario, system })),
    );
    // Warm every system on every scenario (JIT, caches, pools) before anything is recorded.
    for (const { scenario, system } of pairs)
      await timed(opts, databaseUrl, system, running.get(system)!, scenario, fixtures, 2);
    for (let round = 0; round < opts.rounds; round++) {
      for (const scenario of opts.scenarios) {
        const systems = opts.systems.filter((system) => scenario.ask[system]);
        // Interleaved: each round starts with the next system, so no system always runs first.
        const order = systems.map((_, i) => systems[(i + round) % systems.length]!);
        for (const system of order) {
          const timing = await timed(opts, databaseUrl, system, running.get(system)!, scenario, fixtures, opts.seconds);
          const key = `${scenario.name}/${system}`;
          timings.set(key, [...(timings.get(key) ?? []), timing]);
          log(
            `round ${round + 1}/${opts.rounds} ${scenario.name} ${system}: ${timing.rps.toFixed(1)} req/s, ` +
              `p50 ${timing.p50} ms, p99 ${timing.p99} ms, ${timing.errors} errors`,
          );
        }
      }
    }
  } finally {
    for (const system of running.values()) await system.stop();
  }
  return timings;
}

/**
 * Peak RSS under the list load alone: each system started afresh and given only the list (a
 * 2-second warm-up, then one timed run). In the rounds a process carries the heap its other
 * scenarios grew, and the systems do not serve the same scenarios (PostGraphile no edits or
 * searches), so their peaks there compare different histories.
 */
async function listAloneRss(opts: Options, databaseUrl: string, fixtures: Fixtures, log: (line: string) => void) {
  const list = opts.scenarios.find((scenario) => scenario.name === "list");
  const peaks = new Map<SystemName, number>();
  if (!list) return peaks;
  for (const system of opts.systems.filter((name) => list.ask[name])) {
    const running = await start(system, databaseUrl);
    try {
      await timed(opts, databaseUrl, system, running, list, fixtures, 2);
      const timing = await timed(opts, databaseUrl, system, running, list, fixtures, opts.seconds);
      peaks.set(system, timing.peakRss);
      log(`list alone ${system}: peak RSS ${(timing.peakRss / 2 ** 20).toFixed(0)} MB`);
    } finally {
      await running.stop();
    }
  }
  return peaks;
}

function versions(databaseUrl: string) {
  const version = (name: string) => {
    try {
      return JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return "?";
    }
  };
  return async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const server = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
    await client.end();
    return {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
      software: `Node ${process.versions.node}, PostgreSQL ${server}, graphql ${version("graphql")}, @apollo/server ${version("@apollo/server")}, type-graphql ${version("type-graphql")}, Prisma ${version("@prisma/client")}, PostGraphile ${version("postgraphile")}, pg ${version("pg")}, autocannon ${version("autocannon")}`,
    };
  };
}

function report(
  opts: Options,
  probes: Map<string, Probe>,
  timings: Map<string, Timing[]>,
  listRss: Map<SystemName, number>,
  about: { machine: string; software: string },
): string {
  const fmt = (value: number | null | undefined, digits = 1) =>
    value === null || value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits);
  const medianOf = (key: string, field: keyof Timing) => {
    const runs = timings.get(key);
    const values = runs?.map((run) => run[field]).filter((value): value is number => value !== null);
    return values?.length ? median(values) : null;
  };
  const lines: string[] = [];
  lines.push(`# Benchmark: ${opts.articles.toLocaleString("en")} articles (${opts.label})`, "");
  lines.push(
    `- Run: ${new Date().toISOString()}; ${opts.rounds} interleaved rounds of ${opts.seconds} s per scenario and system, ${opts.connections} connections (autocannon); medians of the rounds.`,
  );
  lines.push(`- Machine: ${about.machine}.`, `- Software: ${about.software}.`);
  lines.push("- Reads are a reader's (published work only). Answers were compared for equality before timing.", "");
  const has = (scenario: Scenario, system: SystemName) => timings.has(`${scenario.name}/${system}`);
  lines.push("| workload | Claimgraph | PostGraphile | floor | ours/PostGraphile | ours/floor |");
  lines.push("| --- | --- | --- | --- | --- | --- |");
  for (const scenario of opts.scenarios) {
    const rps = (system: SystemName) => (has(scenario, system) ? medianOf(`${scenario.name}/${system}`, "rps") : null);
    const ours = rps("claimgraph");
    const ratio = (other: number | null) => (ours !== null && other ? `${(ours / other).toFixed(2)}` : "–");
    lines.push(
      `| ${scenario.title} | ${fmt(ours)} req/s | ${fmt(rps("postgraphile"))} | ${fmt(rps("floor"))} | ${ratio(rps("postgraphile"))} | ${ratio(rps("floor"))} |`,
    );
  }
  lines.push(
    "",
    "Per system (medians of the rounds; statements, rows and bytes from the database are counted on the wire, one request at a time):",
    "",
  );
  lines.push(
    "| scenario | system | req/s | p50 ms | p99 ms | errors | response bytes | SQL statements | rows read | bytes from db | server CPU ms/req | db CPU ms/req | peak RSS MB |",
  );
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const scenario of opts.scenarios) {
    for (const system of opts.systems) {
      const key = `${scenario.name}/${system}`;
      if (!timings.has(key)) continue;
      const probed = probes.get(key);
      const errors = timings.get(key)!.reduce((sum, run) => sum + run.errors, 0);
      const peak = Math.max(...timings.get(key)!.map((run) => run.peakRss)) / 2 ** 20;
      lines.push(
        `| ${scenario.name} | ${SYSTEMS[system].title} | ${fmt(medianOf(key, "rps"))} | ${fmt(medianOf(key, "p50"), 0)} | ` +
          `${fmt(medianOf(key, "p99"), 0)} | ${errors} | ${fmt(probed?.responseBytes, 0)} | ${fmt(probed?.statements)} | ` +
          `${fmt(probed?.rows, 0)} | ${fmt(probed?.dbBytes, 0)} | ${fmt(medianOf(key, "serverCpuMs"))} | ` +
          `${fmt(medianOf(key, "dbCpuMs"))} | ${fmt(peak, 0)} |`,
      );
    }
  }
  if (listRss.size) {
    const peaks = [...listRss].map(([system, rss]) => `${SYSTEMS[system].title} ${fmt(rss / 2 ** 20, 0)} MB`);
    lines.push(
      "",
      `Peak RSS under the list load alone (each system started afresh, list only, ${opts.seconds} s after a 2 s warm-up): ${peaks.join(", ")}.`,
    );
  }
  return lines.join("\n") + "\n";
}

async function main(): Promise<void> {
  const opts = options();
  const log = (line: string) => console.error(`[bench] ${line}`);
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const databaseUrl = await benchDatabase(serverUrl, opts.articles, log);
  const fixtures: Fixtures = { ...(await benchFixtures(databaseUrl)), editorToken: "" };
  log(
    `fixtures: ${fixtures.articleIds.length} articles, ${fixtures.actorIds.length} actors, ${fixtures.edits.size} editable drafts`,
  );
  const probes = await probe(opts, databaseUrl, fixtures, log);
  compareAnswers(opts, probes);
  log("answers agree; timing");
  const timings = await measure(opts, databaseUrl, fixtures, log);
  const listRss = await listAloneRss(opts, databaseUrl, fixtures, log);
  const markdown = report(opts, probes, timings, listRss, await versions(databaseUrl)());
  const dir = path.join(PROJECT_ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}-${opts.articles}-${opts.label}.md`);
  writeFileSync(file, markdown);
  console.log(markdown);
  log(`written to ${path.relative(PROJECT_ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
