import { createEventHub } from "../../src/modules/history/history.events";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { makeActor, makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi, forgeToken, TEST_JWT_SECRET } from "../support/graphql";
import { captureLogs } from "../support/logs";

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const UUID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

/** Every kind of bad input gets its own code over HTTP: never INTERNAL_SERVER_ERROR, never a 5xx. */
describe("bad input", () => {
  let db: TestDatabase;
  let api: TestApi;
  let server: RunningServer;
  let annotator: TestUser;
  let articleGid: string;
  let quoteGid: string;
  const logs = captureLogs("info");
  const logLines = logs.lines;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db, { port: 0, host: "127.0.0.1" }, logs.logger);
    server = await startHttpServer(api.app, await createSchema(), createEventHub());
    annotator = await api.user("ANNOTATOR");
    const article = await makeArticle(db.prisma);
    articleGid = article.gid;
    quoteGid = (await makeQuote(db.prisma, article, { status: "DRAFT" })).gid;
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  async function send(
    body: unknown,
    { token, method = "POST", query }: { token?: string; method?: string; query?: string } = {},
  ) {
    const response = await fetch(`${server.url}${query ?? ""}`, {
      method,
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: method === "GET" ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|stack|prisma|node_modules|at \//i);
    return { status: response.status, json: JSON.parse(text) as { data?: any; errors?: any[] } };
  }

  const codeOf = (json: { data?: any; errors?: any[] }) =>
    json.errors?.[0]?.extensions?.code ?? findPayloadCode(json.data);
  const findPayloadCode = (data: unknown): string | undefined =>
    JSON.stringify(data ?? null).match(/"code":"([A-Z_]+)"/)?.[1];

  describe("cursors", () => {
    it.each([
      ["a number where a date belongs", { o: "publishedAt:desc,id:desc", k: [12, UUID] }],
      ["an object for a date", { o: "publishedAt:desc,id:desc", k: [{ $gt: 1 }, UUID] }],
      ["an out-of-range date", { o: "publishedAt:desc,id:desc", k: ["0000-01-01T00:00:00Z", UUID] }],
      ["a non-UUID id", { o: "publishedAt:desc,id:desc", k: [null, "1 OR 1=1"] }],
      ["too few values", { o: "publishedAt:desc,id:desc", k: [UUID] }],
    ])("refuses %s on articles with INVALID_CURSOR", async (_name, value) => {
      const { json } = await send({
        query: "query ($c: String) { articles(after: $c) { totalCount } }",
        variables: { c: cursor(value) },
      });
      expect(codeOf(json)).toBe("INVALID_CURSOR");
    });

    it.each([
      ["a string where an offset belongs", [UUID, "ten", UUID]],
      ["an offset beyond int4", [UUID, 2 ** 40, UUID]],
      ["a non-UUID article", ["not-a-uuid", 1, UUID]],
    ])("refuses %s on annotations with INVALID_CURSOR", async (_name, k) => {
      const { json } = await send({
        query: "query ($c: String) { annotations(after: $c) { totalCount } }",
        variables: { c: cursor({ o: "articleId:asc,start:asc,id:asc", k }) },
      });
      expect(codeOf(json)).toBe("INVALID_CURSOR");
    });

    it("refuses a forged cursor on a nested edge with INVALID_CURSOR", async () => {
      const { json } = await send({
        query: "query ($id: ID!, $c: String) { article(id: $id) { quotes(after: $c) { totalCount } } }",
        variables: { id: articleGid, c: cursor({ o: "articleId:asc,start:asc,id:asc", k: [UUID, "x", UUID] }) },
      });
      expect(codeOf(json)).toBe("INVALID_CURSOR");
    });
  });

  describe("dates", () => {
    it("refuses a year-0 date in a variable with BAD_USER_INPUT and in a literal with GRAPHQL_VALIDATION_FAILED", async () => {
      const variable = await send({
        query: "query ($d: DateTimeISO) { articles(filter: { publishedAfter: $d }) { totalCount } }",
        variables: { d: "0000-01-01T00:00:00Z" },
      });
      expect(variable.status).toBe(400);
      expect(codeOf(variable.json)).toBe("BAD_USER_INPUT");
      const literal = await send({
        query: '{ articles(filter: { publishedAfter: "0000-06-01T00:00:00Z" }) { totalCount } }',
      });
      expect(codeOf(literal.json)).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("refuses a year-0 date marker in imported text with INVALID_ARTICLE_TEXT", async () => {
      const { json } = await send(
        {
          query: "mutation ($i: ImportArticleInput!) { importArticle(input: $i) { errors { code field } } }",
          variables: { i: { text: " date 0000-01-01 Some text." } },
        },
        { token: annotator.token },
      );
      expect(json.data.importArticle.errors).toEqual([{ code: "INVALID_ARTICLE_TEXT", field: ["input", "text"] }]);
    });
  });

  describe("transport", () => {
    it("refuses a subscription posted over HTTP with BAD_REQUEST", async () => {
      const { status, json } = await send({ query: "subscription { annotationEvents { id } }" });
      expect(status).toBe(400);
      expect(codeOf(json)).toBe("BAD_REQUEST");
    });

    it.each([
      [{ persistedQuery: { version: 2, sha256Hash: "a".repeat(64) } }, "BAD_REQUEST"],
      [{ persistedQuery: { version: 1, sha256Hash: 5 } }, "PERSISTED_QUERY_NOT_FOUND"],
      [{ persistedQuery: "yes" }, "BAD_REQUEST"],
    ])("answers malformed persisted-query extensions %j with Apollo's code %s", async (extensions, code) => {
      const { json } = await send({ extensions });
      expect(codeOf(json)).toBe(code);
    });

    it("answers a persisted-query hash that does not match the query with BAD_REQUEST", async () => {
      const { json } = await send({
        query: "{ topics { totalCount } }",
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      });
      expect(codeOf(json)).toBe("BAD_REQUEST");
    });

    it("answers an unknown operation name with OPERATION_RESOLUTION_FAILURE", async () => {
      const { json } = await send({ query: "query A { topics { totalCount } }", operationName: "B" });
      expect(codeOf(json)).toBe("OPERATION_RESOLUTION_FAILURE");
    });

    it("does not advertise the framework and keeps only well-formed request ids", async () => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "x".repeat(5000) },
        body: JSON.stringify({ query: "{ topics { totalCount } }" }),
      });
      expect(response.headers.get("x-powered-by")).toBeNull();
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe("inputs", () => {
    it("refuses a 100,000-item status list with BAD_USER_INPUT naming the field, before any query", async () => {
      const { json } = await send({
        query: "query ($s: [AnnotationStatus!]) { quotes(filter: { status: $s }) { totalCount } }",
        variables: { s: Array.from({ length: 100_000 }, () => "DRAFT") },
      });
      expect(json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["filter", "status"] });
    });

    it("validates the text search of annotation lists too", async () => {
      const { json } = await send({
        query: "query ($s: String) { claims(filter: { search: $s }) { totalCount } }",
        variables: { s: "x".repeat(10_000) },
      });
      expect(json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["filter", "search"] });
    });

    it("refuses text that cannot be stored (a lone surrogate) with BAD_USER_INPUT naming the field", async () => {
      const { json } = await send(
        {
          query: "mutation ($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { errors { code } } }",
          variables: { i: { id: quoteGid, expectedVersion: 1, note: "half a character: \ud800" } },
        },
        { token: annotator.token },
      );
      expect(json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "note"] });
    });

    it("refuses a URL too large to index with BAD_USER_INPUT naming the field", async () => {
      const { json } = await send(
        {
          query: "mutation ($i: ImportArticleInput!) { importArticle(input: $i) { errors { code } } }",
          variables: { i: { text: "A new text.", url: `https://example.org/${"\u6f22".repeat(1900)}` } },
        },
        { token: annotator.token },
      );
      expect(json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "url"] });
    });

    it("refuses a blank actor name with BAD_USER_INPUT", async () => {
      const { json } = await send(
        { query: 'mutation { createActor(input: { name: "   ", kind: PERSON }) { errors { code } } }' },
        { token: annotator.token },
      );
      expect(json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "name"] });
    });

    it("refuses logins smuggled through fragments with TOO_MANY_LOGINS", async () => {
      const fragments = Array.from(
        { length: 3 },
        (_, i) => `fragment F${i} on Mutation { l${i}: login(input: { email: "a@b.c", password: "p${i}" }) { token } }`,
      );
      const { json } = await send({
        query: `mutation { ...F0 ...F1 ... on Mutation { ...F2 } } ${fragments.join(" ")}`,
      });
      expect(codeOf(json)).toBe("TOO_MANY_LOGINS");
    });

    it("resolves a global id whatever the case of its UUID", async () => {
      const actor = await makeActor(db.prisma, { name: "Case Test" });
      const upper = toGlobalId("Actor", actor.id.toUpperCase());
      const { json } = await send({
        query: "query ($id: ID!) { node(id: $id) { ... on Actor { name } } }",
        variables: { id: upper },
      });
      expect(json.data.node).toEqual({ name: "Case Test" });
    });
  });

  describe("tokens", () => {
    it("treats a correctly signed token whose subject is not a UUID as UNAUTHENTICATED (401)", async () => {
      for (const subject of ["admin", "1", "' OR 1=1 --"]) {
        const token = await forgeToken(subject, TEST_JWT_SECRET, Math.floor(Date.now() / 1000) + 600);
        const { status, json } = await send({ query: "{ me { email } }" }, { token });
        expect(status).toBe(401);
        expect(codeOf(json)).toBe("UNAUTHENTICATED");
      }
    });
  });

  describe("logging", () => {
    it("logs access refusals as client errors, never as unexpected errors", async () => {
      logLines.length = 0;
      await send({ query: "{ users { totalCount } }" }, { token: annotator.token });
      await send({ query: "{ users { totalCount } }" });
      expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
      // Besides one access log line per request (shared/http/observe.ts).
      const errorLines = logLines.filter((line) => line.msg !== "request");
      expect(logLines.filter((line) => line.msg === "request").map((line) => line.path)).toEqual([
        "/graphql",
        "/graphql",
      ]);
      expect(errorLines.map((line) => [line.msg, line.code])).toEqual([
        ["client error: access refused", "FORBIDDEN"],
        ["client error: access refused", "UNAUTHENTICATED"],
      ]);
    });
  });
});
