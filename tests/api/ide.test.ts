import { createEventHub } from "../../src/modules/history/history.events";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { loadConfig } from "../../src/shared/config";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { createTestApi } from "../support/graphql";

/** What Chromium sends when it loads a page. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

/**
 * The browser IDE's HTTP side: content negotiation at /graphql, its files, the `/` redirect and
 * the GRAPHQL_IDE switch. What it does in a browser: tests/e2e/ide.browser.test.ts.
 */
describe("GraphQL IDE over HTTP", () => {
  let db: TestDatabase;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await db.drop();
  });

  async function serve(ide: boolean): Promise<string> {
    const hub = createEventHub();
    const schema = await createSchema(hub);
    const api = await createTestApi(db, { port: 0, host: "127.0.0.1", ide }, undefined, { schema });
    const server = await startHttpServer(api.app, schema, hub);
    servers.push(server);
    return new URL(server.url).origin;
  }

  describe("configuration", () => {
    it("is on by default, off by default in production, and GRAPHQL_IDE decides either way", () => {
      expect(loadConfig({}).ide).toBe(true);
      expect(loadConfig({ NODE_ENV: "production" }).ide).toBe(false);
      expect(loadConfig({ NODE_ENV: "production", GRAPHQL_IDE: "true" }).ide).toBe(true);
      expect(loadConfig({ GRAPHQL_IDE: "false" }).ide).toBe(false);
      expect(() => loadConfig({ GRAPHQL_IDE: "yes" })).toThrow(/GRAPHQL_IDE must be true or false/);
    });
  });

  describe("enabled", () => {
    let origin: string;
    beforeAll(async () => {
      origin = await serve(true);
    });

    it("redirects / to /graphql", async () => {
      const response = await fetch(`${origin}/`, { redirect: "manual" });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("/graphql");
    });

    it("answers a browser's GET /graphql with the IDE page, allowed to load from this origin only", async () => {
      const response = await fetch(`${origin}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("vary")).toMatch(/Accept/);
      expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'.*connect-src 'self'/);
      const page = await response.text();
      expect(page).toContain('<script src="/ide/assets/app.js">');
      expect(page).not.toMatch(/https?:\/\//);
      const script = await fetch(`${origin}/ide/assets/app.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get("content-type")).toMatch(/javascript/);
    });

    it("leaves API requests to GraphQL: POST, GET preferring JSON or with no preference", async () => {
      const post = await fetch(`${origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: BROWSER_ACCEPT },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(await post.json()).toEqual({ data: { __typename: "Query" } });
      const get = await fetch(`${origin}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
        headers: { accept: "application/graphql-response+json, application/json", "apollo-require-preflight": "1" },
      });
      expect(await get.json()).toEqual({ data: { __typename: "Query" } });
      // curl's `*/*`, without a query: Apollo's answer, not the page.
      const bare = await fetch(`${origin}/graphql`, { headers: { accept: "*/*" } });
      expect(bare.status).toBe(400);
      expect(bare.headers.get("content-type")).not.toMatch(/html/);
    });
  });

  describe("disabled (GRAPHQL_IDE=false, the production default)", () => {
    let origin: string;
    beforeAll(async () => {
      origin = await serve(false);
    });

    it("serves no page and no files, and no Apollo landing page either", async () => {
      const response = await fetch(`${origin}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).not.toMatch(/html/);
      expect(await response.text()).not.toMatch(/<html|sandbox|apollographql\.com/i);
      expect((await fetch(`${origin}/ide/assets/app.js`)).status).toBe(404);
    });

    it("still redirects / to /graphql, where API clients find the endpoint", async () => {
      const response = await fetch(`${origin}/`, { redirect: "manual" });
      expect(response.headers.get("location")).toBe("/graphql");
    });
  });
});
