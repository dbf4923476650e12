import net from "node:net";
import type { TestDatabase } from "../support/database";
import { createEmptyDatabase, createTestDatabase } from "../support/database";
import { adminQuery, readTarget, withDatabase } from "../support/server-target";
import type { ServerProcess } from "../support/server-process";
import { startServerProcess } from "../support/server-process";

const embedded = readTarget().mode === "embedded";
if (embedded) console.log("[claimgraph tests] skipping operations tests: they drop and alter databases on a server.");

const APP_ORIGIN = "https://app.example.org";
const METRICS_TOKEN = "metrics-token-of-the-operations-test";

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** The JSON lines a server wrote, parsed (other output skipped). */
function logLines(server: ServerProcess): Record<string, any>[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/** Waits until `find` returns a value (a log line is written once the response has gone). */
async function eventually<T>(find: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts the server expecting it to fail; resolves what it printed. */
async function failedStart(env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const server = await startServerProcess(env);
    await server.stop();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the server started");
}

(embedded ? describe.skip : describe)("operations", () => {
  describe("a running server", () => {
    let db: TestDatabase;
    let server: ServerProcess;
    let base: string;

    beforeAll(async () => {
      db = await createTestDatabase();
      server = await startServerProcess({
        DATABASE_URL: db.url,
        CLAIMGRAPH_SEED: "never",
        LOG_LEVEL: "info",
        CORS_ORIGINS: APP_ORIGIN,
        METRICS_TOKEN,
        GRAPHQL_INTROSPECTION: "false",
      });
      base = server.url.replace(/\/graphql$/, "");
    });
    afterAll(async () => {
      await server?.stop();
      await db.drop();
    });

    describe("CORS", () => {
      it("answers an allowed origin's preflight and request with its origin and the exposed headers", async () => {
        const preflight = await fetch(server.url, {
          method: "OPTIONS",
          headers: {
            origin: APP_ORIGIN,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type, authorization",
          },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
        expect(preflight.headers.get("access-control-allow-methods")).toMatch(/POST/);
        expect(preflight.headers.get("access-control-allow-headers")).toMatch(/authorization/);
        expect(preflight.headers.get("access-control-allow-headers")).toMatch(/content-type/);
        expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();

        const response = await post(server.url, { query: "{ articles { totalCount } }" }, { origin: APP_ORIGIN });
        expect(response.status).toBe(200);
        expect(response.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
        expect(response.headers.get("access-control-expose-headers")).toBe("x-request-id,retry-after");
        expect(response.headers.get("vary")).toMatch(/Origin/);
        expect(((await response.json()) as any).data).toEqual({ articles: { totalCount: 0 } });

        const exportPreflight = await fetch(`${base}/export/articles/QXJ0aWNsZTox/text`, {
          method: "OPTIONS",
          headers: {
            origin: APP_ORIGIN,
            "access-control-request-method": "GET",
            "access-control-request-headers": "authorization",
          },
        });
        expect(exportPreflight.status).toBe(204);
        expect(exportPreflight.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
      });

      it("gives another origin no CORS headers, on the preflight and on the request", async () => {
        for (const origin of ["https://evil.example", "http://localhost:5173"]) {
          const preflight = await fetch(server.url, {
            method: "OPTIONS",
            headers: { origin, "access-control-request-method": "POST" },
          });
          expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
          const response = await post(server.url, { query: "{ articles { totalCount } }" }, { origin });
          expect(response.headers.get("access-control-allow-origin")).toBeNull();
        }
      });

      it("keeps Apollo's CSRF prevention for simple requests, from an allowed origin too", async () => {
        const response = await fetch(server.url, {
          method: "POST",
          headers: { origin: APP_ORIGIN, "content-type": "text/plain" },
          body: JSON.stringify({ query: "{ articles { totalCount } }" }),
        });
        expect(response.status).toBe(400);
        expect(await response.text()).toMatch(/CSRF/);
      });
    });

    describe("access log", () => {
      it("writes one line per request: method, path, status, duration, request id, operation name and type", async () => {
        const response = await post(
          server.url,
          { query: "query AccessLogProbe { articles { totalCount } }" },
          { "x-request-id": "access-log-probe-1" },
        );
        expect(response.headers.get("x-request-id")).toBe("access-log-probe-1");
        const line = await eventually(() => logLines(server).find((l) => l.requestId === "access-log-probe-1"));
        expect(line).toMatchObject({
          msg: "request",
          method: "POST",
          path: "/graphql",
          status: 200,
          operationName: "AccessLogProbe",
          operationType: "query",
        });
        expect(typeof line.durationMs).toBe("number");

        // Every request gets one, with an id of its own when the caller sent none.
        const missing = await fetch(`${base}/no-such-path?x=1`);
        const id = missing.headers.get("x-request-id");
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        const other = await eventually(() => logLines(server).find((l) => l.requestId === id));
        expect(other).toMatchObject({ method: "GET", path: "/no-such-path", status: 404 });
        expect(other.operationName).toBeUndefined();
      });
    });

    describe("metrics", () => {
      it("needs the METRICS_TOKEN when one is set", async () => {
        expect((await fetch(`${base}/metrics`)).status).toBe(401);
        expect((await fetch(`${base}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
      });

      it("counts operations by name and errors by code, with the pool, subscriptions and process metrics", async () => {
        const metrics = async () => {
          const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
          expect(response.status).toBe(200);
          expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
          return response.text();
        };
        await post(server.url, { query: "query MetricsProbe { articles { totalCount } }" });
        await post(server.url, { query: "query MetricsProbe { articles { totalCount } }" });
        await post(server.url, { query: "query Broken { articles { nope } }" });
        await post(server.url, { query: "{ __schema { queryType { name } } }" });
        // A request is observed when its response has been handed over: wait until the last one is.
        let text = "";
        for (let attempt = 0; attempt < 20; attempt++) {
          text = await metrics();
          if (/^claimgraph_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} ([2-9]|\d{2,})$/m.test(text)) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(text).toMatch(
          /^claimgraph_graphql_operation_duration_seconds_count\{operation="MetricsProbe",type="query"\} 2$/m,
        );
        expect(text).toMatch(
          /^claimgraph_graphql_operation_duration_seconds_bucket\{le="0.5",operation="MetricsProbe",type="query"\} \d+$/m,
        );
        // The failing query and the refused introspection.
        expect(text).toMatch(/^claimgraph_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 2$/m);
        expect(text).toMatch(
          /^claimgraph_graphql_operation_duration_seconds_count\{operation="unknown",type="unknown"\} 2$/m,
        );
        expect(text).toMatch(
          /^claimgraph_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+$/m,
        );
        expect(text).toMatch(/^claimgraph_db_pool_connections \d+$/m);
        expect(text).toMatch(/^claimgraph_db_pool_idle_connections \d+$/m);
        expect(text).toMatch(/^claimgraph_db_pool_waiting_clients 0$/m);
        expect(text).toMatch(/^claimgraph_subscriptions_open 0$/m);
        expect(text).toMatch(/^process_cpu_seconds_total /m);
        expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
      });
    });

    describe("introspection", () => {
      it("is refused when GRAPHQL_INTROSPECTION=false, in development too", async () => {
        const response = await post(server.url, { query: "{ __schema { queryType { name } } }" });
        const json = (await response.json()) as any;
        expect(json.errors[0].message).toMatch(/introspection/i);
      });
    });

    describe("/readyz", () => {
      it("is 200 while the database answers and is migrated, 503 naming what failed otherwise", async () => {
        const ready = await fetch(`${base}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({
          status: "ready",
          checks: {
            database: { status: "ok", latencyMs: expect.any(Number) },
            migrations: { status: "ok", applied: expect.any(Number) },
          },
        });
        expect((await fetch(`${base}/healthz`)).status).toBe(200);

        // The last migration is not recorded: the code expects a schema the database lacks.
        const [last] = await adminQuery<{ name: string }>(
          db.url,
          `DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")
           RETURNING migration_name AS name`,
        );
        const behind = await fetch(`${base}/readyz`);
        expect(behind.status).toBe(503);
        expect(await behind.json()).toMatchObject({
          status: "unavailable",
          checks: { database: { status: "ok" }, migrations: { status: "failed", pending: [last!.name] } },
        });

        // The database is gone: 503 within the check's timeout, and the process stays up.
        const name = new URL(db.url).pathname.slice(1);
        await adminQuery(readTarget().adminUrl!, `DROP DATABASE "${name}" WITH (FORCE)`);
        const started = Date.now();
        const down = await fetch(`${base}/readyz`);
        expect(Date.now() - started).toBeLessThan(5000);
        expect(down.status).toBe(503);
        expect(await down.json()).toMatchObject({
          status: "unavailable",
          checks: { database: { status: "failed", error: expect.stringMatching(/does not exist|terminat/) } },
        });
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
      });
    });
  });

  describe("start-up", () => {
    it("reports a port in use in one line, before migrating, and exits with 1", async () => {
      const empty = await createEmptyDatabase();
      const blocker = net.createServer();
      await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
      const { port } = blocker.address() as net.AddressInfo;
      try {
        const output = await failedStart({ DATABASE_URL: empty.url, PORT: String(port), CLAIMGRAPH_SEED: "never" });
        expect(output).toMatch(/exited with 1/);
        const printed = output.split("\n").slice(1).filter(Boolean);
        expect(printed).toEqual([
          expect.stringMatching(new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use.*PORT=`)),
        ]);
        // Nothing was migrated: the check came first.
        const [table] = await adminQuery<{ name: string | null }>(
          empty.url,
          `SELECT to_regclass('"_prisma_migrations"')::text AS name`,
        );
        expect(table!.name).toBeNull();
      } finally {
        blocker.close();
        await empty.drop();
      }
    });

    it("names DATABASE_URL and what to check when it does not work, without a stack trace", async () => {
      const closedPort = await new Promise<number>((resolve) => {
        const probe = net.createServer().listen(0, "127.0.0.1", () => {
          const { port } = probe.address() as net.AddressInfo;
          probe.close(() => resolve(port));
        });
      });
      const admin = new URL(readTarget().adminUrl!);
      const cases: [string, RegExp][] = [
        ["not a connection string", /DATABASE_URL is not a PostgreSQL connection string/],
        [
          `postgresql://postgres@127.0.0.1:${closedPort}/claimgraph`,
          /DATABASE_URL .*nothing accepts connections at 127\.0\.0\.1:\d+/,
        ],
        [
          withDatabase(admin.toString(), "claimgraph_no_such_database"),
          /DATABASE_URL .*the database claimgraph_no_such_database does not exist/,
        ],
        [
          (() => {
            const url = new URL(admin.toString());
            url.username = "claimgraph_no_such_role";
            return url.toString();
          })(),
          /DATABASE_URL .*refused claimgraph_no_such_role/,
        ],
      ];
      for (const [url, message] of cases) {
        const output = await failedStart({ DATABASE_URL: url, CLAIMGRAPH_SEED: "never", LOG_LEVEL: "error" });
        expect(output).toMatch(/exited with 1/);
        const printed = output.split("\n").slice(1).filter(Boolean);
        expect(printed).toEqual([expect.stringMatching(message)]);
        expect(output).not.toMatch(/\n\s+at /);
      }
    });
  });
});
