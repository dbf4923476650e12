import { spawn } from "node:child_process";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/shared/paths";
import { aliases, loginGuess, nestedQuotes } from "./support/attack-documents";
import { sendOversizedFrame, subscribeMany } from "./support/raw-ws";

/**
 * npm run bench:attacks [-- --seconds 20 --attackers 2]
 *
 * Starts the built server in a process of its own (the embedded database in a fresh folder, or
 * DATABASE_URL), measures a cheap query's latency alone, then again while attacker threads send
 * the attacks of tests/api/attacks.test.ts in a loop, and prints the latency of each refusal and
 * of the cheap query (p50, p99, max). Figures vary with the machine: compare them within one run.
 */

const MB = 1024 * 1024;

function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "dist", "src", "main.js")], {
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Claimgraph GraphQL API: (http:\/\/\S+\/graphql)/.exec(output);
      if (match) resolve({ url: match[1]!, stop: () => child.kill("SIGTERM") });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

async function post(url: string, body: object | string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return json.errors?.[0]?.extensions?.code ?? "ok";
}

/** The attacks, each returning what refused it. Their bodies are built once, not per request. */
function attacks(url: string): Record<string, () => Promise<string>> {
  const body = (query: string) => JSON.stringify({ query });
  const bodies = {
    depth: body(nestedQuotes(12, "", "id")),
    deep: body(nestedQuotes(18, "(first: 100)", "body")),
    aliasBomb: body(`{ ${aliases(95_000, "__typename")} }`),
    bodies: body(`{ articles(first: 1) { edges { node { ${aliases(300, "body")} } } } }`),
    logins: body(`mutation { ${Array.from({ length: 200 }, (_, i) => loginGuess(i)).join(" ")} }`),
  };
  return {
    "depth bomb (12 levels)": () => post(url, bodies.depth),
    "18 levels, first: 100": () => post(url, bodies.deep),
    "95,000 aliases": () => post(url, bodies.aliasBomb),
    "300 aliases of body": () => post(url, bodies.bodies),
    "200 aliased logins": () => post(url, bodies.logins),
    "50 MB WebSocket frame": async () => String((await sendOversizedFrame(url, 50 * MB)).closeCode),
    "500 subscriptions on one connection": async () => {
      const many = await subscribeMany(url, "subscription { annotationEvents { id } }", 500);
      await many.until(480, 10_000);
      many.close();
      return `${many.errors.length} refused`;
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const format = (value: number) => value.toFixed(1);
  return `${sorted.length} | ${format(percentile(sorted, 50))} | ${format(percentile(sorted, 99))} | ${format(sorted.at(-1) ?? NaN)}`;
}

async function cheapQueries(url: string, until: number, samples: number[]): Promise<void> {
  while (Date.now() < until) {
    const started = performance.now();
    const code = await post(url, { query: "{ articles(first: 1) { edges { node { title } } } }" });
    if (code !== "ok") throw new Error(`the cheap query failed: ${code}`);
    samples.push(performance.now() - started);
  }
}

type Refusals = Record<string, { samples: number[]; outcomes: string[] }>;

/** An attacker, in a thread of its own so that its work does not delay the measured queries. */
async function attacker(url: string, until: number, offset: number): Promise<Refusals> {
  const refusals: Refusals = {};
  const list = Object.entries(attacks(url));
  for (let i = offset; Date.now() < until; i++) {
    const [name, run] = list[i % list.length]!;
    const started = performance.now();
    const outcome = await run();
    const entry = (refusals[name] ??= { samples: [], outcomes: [] });
    entry.samples.push(performance.now() - started);
    if (!entry.outcomes.includes(outcome)) entry.outcomes.push(outcome);
  }
  return refusals;
}

// The responses are read by path; their shapes are the operations' own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

async function call(url: string, token: string | null, query: string, variables: object = {}): Promise<Data> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

/**
 * Fan-out: 500 reader subscriptions (25 connections of 20), while an annotator and a reviewer
 * publish annotations one after another (4 moves each, 1 event each reader receives); the cheap
 * query is measured meanwhile. Needs the development users of the seeds.
 */
async function fanOut(url: string, seconds: number) {
  const clients = Array.from({ length: 25 }, () =>
    createClient({ url: url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0 }),
  );
  let delivered = 0;
  for (const client of clients) {
    for (let i = 0; i < 20; i++) {
      client.subscribe(
        { query: "subscription { annotationEvents { kind toStatus annotation { exact } } }" },
        {
          next: () => void delivered++,
          error: (error) => console.error("subscription failed", error),
          complete: () => {},
        },
      );
    }
  }
  const login = async (email: string, password: string) =>
    (await call(url, null, "mutation ($i: LoginInput!) { login(input: $i) { token } }", { i: { email, password } }))
      .login.token as string;
  const annotator = await login("annotator@claimgraph.local", "annotator-dev-password");
  const reviewer = await login("reviewer@claimgraph.local", "reviewer-dev-password");
  const article = (await call(url, null, "{ articles(first: 1) { edges { node { id } } } }")).articles.edges[0].node.id;
  const move = "mutation ($i: TransitionAnnotationInput!) { transitionAnnotation(input: $i) { errors { code } } }";
  // Let the 500 subscriptions register before the first publication.
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  let published = 0;
  const publisher = (async () => {
    while (Date.now() < until) {
      const { createQuote } = await call(
        url,
        annotator,
        "mutation ($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id } } }",
        { i: { articleId: article, start: 0, end: 12 } },
      );
      const id = createQuote.quote.id;
      await call(url, annotator, move, { i: { id, to: "IN_REVIEW", expectedVersion: 1 } });
      await call(url, reviewer, move, { i: { id, to: "APPROVED", expectedVersion: 2 } });
      await call(url, reviewer, move, { i: { id, to: "PUBLISHED", expectedVersion: 3 } });
      published++;
    }
  })();
  await Promise.all([cheapQueries(url, until, latencies), publisher]);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await Promise.all(clients.map((client) => client.dispose()));
  return { latencies, published, delivered };
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 20;
  const attackers = Number(process.argv[process.argv.indexOf("--attackers") + 1]) || 2;
  const dataDir = await mkdtemp(path.join(tmpdir(), "claimgraph-bench-"));
  const server = await startServer(process.env.DATABASE_URL ? {} : { CLAIMGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" });
  try {
    const baseline: number[] = [];
    await cheapQueries(server.url, Date.now() + 5_000, baseline);

    const underAttack: number[] = [];
    const until = Date.now() + seconds * 1000;
    const threads = Array.from(
      { length: attackers },
      (_, i) =>
        new Promise<Refusals>((resolve, reject) => {
          const worker = new Worker(__filename, { workerData: { url: server.url, until, offset: i * 3 } });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    );
    const [, ...results] = await Promise.all([cheapQueries(server.url, until, underAttack), ...threads]);
    const refusals: Refusals = {};
    for (const result of results) {
      for (const [name, { samples, outcomes }] of Object.entries(result)) {
        const entry = (refusals[name] ??= { samples: [], outcomes: [] });
        entry.samples.push(...samples);
        for (const outcome of outcomes) if (!entry.outcomes.includes(outcome)) entry.outcomes.push(outcome);
      }
    }

    console.log(
      `\n${attackers} attackers for ${seconds} s, each sending the next attack as soon as the last was refused.\n`,
    );
    console.log("| Request | Refused with | n | p50 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- |");
    for (const [name, { samples, outcomes }] of Object.entries(refusals)) {
      console.log(`| ${name} | ${outcomes.join(", ")} | ${summary(samples)} |`);
    }
    console.log(`| cheap query, alone | ok | ${summary(baseline)} |`);
    console.log(`| cheap query, during the attacks | ok | ${summary(underAttack)} |`);

    const fan = await fanOut(server.url, seconds);
    console.log(
      `\nFan-out: 500 reader subscriptions; ${fan.published} publications in ${seconds} s, ` +
        `${fan.delivered} events delivered (${fan.published * 500} expected).\n`,
    );
    console.log("| Request | n | p50 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |");
    console.log(`| cheap query, during the fan-out | ${summary(fan.latencies)} |`);
  } finally {
    server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
} else {
  const { url, until, offset } = workerData as { url: string; until: number; offset: number };
  attacker(url, until, offset).then((refusals) => parentPort!.postMessage(refusals));
}
