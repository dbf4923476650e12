import { Client } from "pg";
import { createEventHub } from "../../src/modules/history/history.events";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { LIMIT_DEFAULTS, loadConfig } from "../../src/shared/config";
import { startBudget, withinBudget } from "../../src/shared/operation";
import { makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { countStatements, createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { captureLogs } from "../support/logs";

/** The limits that bound an operation while it runs: time, its client's presence, response size. */
describe("limits", () => {
  let db: TestDatabase;
  let api: TestApi;
  let server: RunningServer;
  let articleGid: string;
  const logs = captureLogs();

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(
      db,
      { port: 0, host: "127.0.0.1", limits: { ...LIMIT_DEFAULTS, timeoutMs: 300, responseBytes: 50_000 } },
      logs.logger,
    );
    server = await startHttpServer(api.app, await createSchema(), createEventHub());
    const article = await makeArticle(db.prisma, { body: "y".repeat(60_000) });
    for (let i = 0; i < 3; i++) await makeQuote(db.prisma, article, { start: i * 10, end: i * 10 + 5 });
    articleGid = article.gid;
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  /** Resolves when a log line with `msg` (and `reason`, when given) has been written. */
  async function logLine(msg: string, reason?: string) {
    const seen = () => logs.lines.some((line) => line.msg === msg && (!reason || line.reason === reason));
    while (!seen()) await logs.next();
  }

  /**
   * Holds an exclusive lock on the articles table, so that the next read of it waits; `blocked`
   * resolves once a statement is waiting for it.
   */
  async function lockArticles() {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query('LOCK TABLE "articles" IN ACCESS EXCLUSIVE MODE');
    const monitor = new Client({ connectionString: db.url });
    await monitor.connect();
    return {
      async blocked() {
        const waiting = async () =>
          (
            await monitor.query(
              "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
            )
          ).rows[0].n as number;
        while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      },
      async release() {
        await client.query("COMMIT");
        await Promise.all([client.end(), monitor.end()]);
      },
    };
  }

  const QUERY = `query ($id: ID!) { article(id: $id) { title quotes { totalCount edges { node { exact } } } } }`;

  describe("execution budget", () => {
    it("sends no SQL once an operation's budget is spent", async () => {
      const budget = startBudget(60_000);
      budget.abort("timeout");
      const statements = await countStatements(db, () =>
        withinBudget(budget, () =>
          expect(db.prisma.article.count()).rejects.toMatchObject({ code: "EXECUTION_TIMEOUT" }),
        ),
      );
      expect(statements).toBe(0);
    });

    it("stops an operation that runs out of time: the rest of its SQL is never sent", async () => {
      const lock = await lockArticles();
      let statements = 0;
      let body: any;
      const counted = countStatements(db, async () => {
        const response = await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: QUERY, variables: { id: articleGid } }),
        });
        body = await response.json();
      }).then((count) => (statements = count));
      await logLine("operation stopped", "timeout");
      await lock.release();
      await counted;
      // The article read had been sent before the budget ran out; the quotes were never asked for.
      expect(statements).toBe(1);
      expect(body.errors.map((error: any) => error.extensions)).toContainEqual({
        code: "EXECUTION_TIMEOUT",
        limit: 300,
      });
    });

    it("stops an operation whose client has gone away", async () => {
      const lock = await lockArticles();
      const controller = new AbortController();
      const statementsBefore = db.statements.length;
      const request = fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERY, variables: { id: articleGid } }),
        signal: controller.signal,
      }).catch((error: Error) => error.name);
      // Leave once the request is blocked on the lock.
      await lock.blocked();
      controller.abort();
      expect(await request).toBe("AbortError");
      await logLine("operation stopped", "client-left");
      await lock.release();
      // The blocked read completes; whatever the resolvers try after it is refused before it is
      // sent, and the operation ends with EXECUTION_TIMEOUT (a client error, logged as such).
      await logLine("client error: operation stopped");
      expect(db.statements.length - statementsBefore).toBe(1);
    });
  });

  describe("response size", () => {
    it("prices bodies before reading them: many aliases of long bodies are refused without a body being read", async () => {
      const query = `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: articles(first: 100) { edges { node { body } } }`).join(" ")} }`;
      db.statements.length = 0;
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const json = (await response.json()) as { errors: { extensions: unknown }[] };
      expect(json.errors[0]!.extensions).toEqual({ code: "RESPONSE_TOO_LARGE", limit: 50_000 });
      expect(db.statements.filter((sql) => /"body"/.test(sql) && !/"body_bytes"/.test(sql))).toEqual([]);
    });

    it("refuses a response larger than the limit with RESPONSE_TOO_LARGE, not a huge body", async () => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `query ($id: ID!) { article(id: $id) { body } }`,
          variables: { id: articleGid },
        }),
      });
      const text = await response.text();
      expect(text.length).toBeLessThan(1000);
      expect(JSON.parse(text).errors[0].extensions).toEqual({ code: "RESPONSE_TOO_LARGE", limit: 50_000 });
    });
  });

  describe("configuration", () => {
    it("reads every limit from its environment variable and refuses nonsense", () => {
      const config = loadConfig({ LIMIT_DEPTH: "7", LIMIT_COST: "1234", LIMIT_WS_PAYLOAD_BYTES: "4096" });
      expect(config.limits).toMatchObject({
        depth: 7,
        cost: 1234,
        wsPayloadBytes: 4096,
        aliases: LIMIT_DEFAULTS.aliases,
      });
      expect(() => loadConfig({ LIMIT_ALIASES: "-1" })).toThrow(/LIMIT_ALIASES must be a positive integer/);
    });
  });
});
