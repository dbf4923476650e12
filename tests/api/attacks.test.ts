import { createEventHub } from "../../src/modules/history/history.events";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { countStatements, createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { aliases, loginGuess, nestedQuotes } from "../../scripts/support/attack-documents";
import { sendOversizedFrame, subscribeMany } from "../../scripts/support/raw-ws";

const MB = 1024 * 1024;

/**
 * The attacks issue 6 measured, each refused with its own code before execution: no SQL runs
 * for it, and the server's memory stays put. Over real HTTP and WebSocket.
 */
describe("attacks", () => {
  let db: TestDatabase;
  let api: TestApi;
  let server: RunningServer;
  let articleGid: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db, { port: 0, host: "127.0.0.1" });
    server = await startHttpServer(api.app, await createSchema(), createEventHub());
    const article = await makeArticle(db.prisma, { body: "x".repeat(100_000) });
    await makeQuote(db.prisma, article);
    articleGid = article.gid;
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  async function post(body: object) {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: any[] } };
  }

  /** Runs an attack; expects no SQL, little memory growth, and returns what it returned. */
  async function attack<T>(run: () => Promise<T>): Promise<T> {
    const before = process.memoryUsage().rss;
    let result: T;
    const statements = await countStatements(db, async () => {
      result = await run();
    });
    expect(statements).toBe(0);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * MB);
    return result!;
  }

  async function refused(query: string, code: string, variables?: object) {
    const { status, json } = await attack(() => post({ query, variables }));
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors?.[0]?.extensions).toMatchObject({ code, limit: expect.any(Number) });
    expect(JSON.stringify(json)).not.toMatch(/stack|prisma|node_modules|at \//i);
  }

  describe("query shape", () => {
    it("refuses the 12-level depth bomb as QUERY_TOO_DEEP", async () => {
      await refused(nestedQuotes(12, "", "id"), "QUERY_TOO_DEEP");
    });

    it("refuses an 18-level query with first: 100 as QUERY_TOO_DEEP", async () => {
      await refused(nestedQuotes(18, "(first: 100)", "body"), "QUERY_TOO_DEEP");
    });

    it("refuses a query within the depth limit whose pages multiply past the cost limit as QUERY_TOO_COMPLEX", async () => {
      const query = `{ articles(first: 100) { edges { node { quotes(first: 100) { edges { node {
        claims(first: 100) { edges { node { exact } } } } } } } } } }`;
      await refused(query, "QUERY_TOO_COMPLEX");
    });

    it("refuses the 95,000-alias bomb as TOO_MANY_TOKENS, without parsing it whole", async () => {
      await refused(`{ ${aliases(95_000, "__typename")} }`, "TOO_MANY_TOKENS");
    });

    it("refuses 300 aliases of the article body (a 9 KB request for hundreds of MB) as TOO_MANY_ALIASES", async () => {
      const query = `query ($id: ID!) { article(id: $id) { ${aliases(300, "body")} } }`;
      await refused(query, "TOO_MANY_ALIASES", { id: articleGid });
    });

    it("refuses an operation with more directives than allowed as TOO_MANY_DIRECTIVES", async () => {
      const directives = Array.from({ length: 30 }, () => "@include(if: true)").join(" ");
      await refused(`{ topics ${directives} { totalCount } }`, "TOO_MANY_DIRECTIVES");
    });
  });

  describe("password guessing", () => {
    const login = loginGuess;

    it("refuses 200 aliased logins in one request as TOO_MANY_ALIASES", async () => {
      await refused(`mutation { ${Array.from({ length: 200 }, (_, i) => login(i)).join(" ")} }`, "TOO_MANY_ALIASES");
    });

    it("allows one login per operation: two are TOO_MANY_LOGINS", async () => {
      await refused(`mutation { ${login(1)} ${login(2)} }`, "TOO_MANY_LOGINS");
    });
  });

  describe("WebSocket", () => {
    it("closes a connection that announces a 50 MB frame (1009) without reading it", async () => {
      const { closeCode, sent } = await attack(() => sendOversizedFrame(server.url, 50 * MB));
      expect(closeCode).toBe(1009);
      expect(sent).toBeLessThan(50 * MB);
    });

    it("refuses the subscriptions of one connection beyond the limit as TOO_MANY_SUBSCRIPTIONS", async () => {
      const { subscriptionsPerConnection } = api.app.config.limits;
      const many = await attack(async () => {
        const connection = await subscribeMany(server.url, "subscription { annotationEvents { id } }", 500);
        await connection.until(500 - subscriptionsPerConnection, 10_000);
        return connection;
      });
      try {
        expect(many.errors).toHaveLength(500 - subscriptionsPerConnection);
        for (const payload of many.errors) {
          expect(payload).toEqual([
            expect.objectContaining({
              extensions: { code: "TOO_MANY_SUBSCRIPTIONS", limit: subscriptionsPerConnection },
            }),
          ]);
        }
      } finally {
        many.close();
      }
    });
  });

  describe("subscriptions that end", () => {
    it("free their slot at once: a connection may subscribe and unsubscribe again and again", async () => {
      const { subscriptionsPerConnection } = api.app.config.limits;
      const client = createClient({
        url: server.url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
      });
      const refusals: unknown[] = [];
      try {
        for (let i = 0; i < subscriptionsPerConnection * 3; i++) {
          const stop = client.subscribe(
            { query: `subscription { annotationEvents(articleId: "${articleGid}") { id } }` },
            { next: () => undefined, error: (error) => refusals.push(error), complete: () => undefined },
          );
          // Round trip a refused query so the server has handled the subscribe message, then leave.
          await new Promise<void>((resolve) =>
            client.subscribe(
              { query: "{ __typename }" },
              { next: () => undefined, error: () => resolve(), complete: resolve },
            ),
          );
          stop();
        }
        expect(refusals).toEqual([]);
      } finally {
        await client.dispose();
      }
    });
  });

  describe("what still works meanwhile", () => {
    it("answers the README's kind of query, within every limit", async () => {
      const { status, json } = await post({
        query: `query ($id: ID!) { article(id: $id) { title quotes(first: 5) { totalCount edges { node { exact } } } } }`,
        variables: { id: articleGid },
      });
      expect(status).toBe(200);
      expect(json.errors).toBeUndefined();
    });
  });
});
