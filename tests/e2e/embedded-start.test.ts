import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { startServerProcess } from "../support/server-process";
import { SEED_QUOTE_SPEAKERS } from "../support/expect";
import { subscribe } from "../support/subscriber";

function startServer(dataDir: string) {
  // No DATABASE_URL: the embedded default, exactly as a new user's first `npm start`.
  return startServerProcess({ CLAIMGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" });
}

async function post(url: string, body: string, contentType = "application/json") {
  const response = await fetch(url, { method: "POST", headers: { "content-type": contentType }, body });
  return { status: response.status, json: (await response.json()) as any };
}

describe("embedded default", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "claimgraph-e2e-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  describe("npm start without DATABASE_URL", () => {
    it("starts PGlite, migrates, seeds, and answers the README's first query over HTTP; a restart keeps the data", async () => {
      const query = await readFile(path.join(PROJECT_ROOT, "examples", "first-query.graphql"), "utf8");
      const first = await startServer(dataDir);
      try {
        expect(first.output()).toMatch(/Try it:/);
        const { status, json } = await post(first.url, JSON.stringify({ query }));
        expect(status).toBe(200);
        expect(json.errors).toBeUndefined();
        const article = json.data.articles.edges[0].node;
        expect(article.quotes.totalCount).toBe(4);
        expect(article.quotes.edges.map((e: any) => e.node.speaker.name)).toEqual(SEED_QUOTE_SPEAKERS);
        const lna = json.data.lna.edges[0].node;
        expect(lna.name).toBe("Libyan National Army");
        expect(lna.claimsAbout.edges.map((e: any) => e.node.stance).sort()).toEqual(["ASSERTS", "DENIES"]);

        // Bad input over HTTP: a coded 4xx, never a 500.
        const malformed = await post(first.url, "{not json");
        expect(malformed.status).toBe(400);
        expect(malformed.json.errors[0].extensions.code).toBe("BAD_REQUEST");
        const invalid = await post(first.url, JSON.stringify({ query: "{ articles { nope } }" }));
        expect(invalid.status).toBe(400);
        expect(invalid.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
        const badVariable = await post(
          first.url,
          JSON.stringify({ query: "query($n: Int) { articles(first: $n) { totalCount } }", variables: { n: "many" } }),
        );
        expect(badVariable.status).toBe(400);
        expect(badVariable.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      } finally {
        expect(await first.stop()).toBe(0);
      }

      const second = await startServer(dataDir);
      try {
        const { json } = await post(
          second.url,
          JSON.stringify({ query: "{ articles { totalCount } actors { totalCount } }" }),
        );
        expect(json.data).toEqual({ articles: { totalCount: 3 }, actors: { totalCount: 18 } });
      } finally {
        await second.stop();
      }
    });
  });

  describe("a second npm start on the same data folder", () => {
    it("refuses with a message naming the process that holds it, and starts once that one has stopped or died", async () => {
      const lockDir = await mkdtemp(path.join(tmpdir(), "claimgraph-e2e-lock-"));
      const first = await startServer(lockDir);
      try {
        const pid = first.child.pid;
        await expect(startServer(lockDir)).rejects.toThrow(
          new RegExp(`exited with 1[\\s\\S]*in use by another Claimgraph process \\(pid ${pid} `),
        );
        // The first server still answers: nothing of its data was touched.
        const { status } = await post(first.url, JSON.stringify({ query: "{ articles { totalCount } }" }));
        expect(status).toBe(200);
      } finally {
        expect(await first.stop()).toBe(0);
      }
      const again = await startServer(lockDir);
      // A server that dies without releasing the lock (kill -9, a container's OOM kill) leaves
      // it behind; it goes stale and the next start takes it over.
      const killed = new Promise((resolve) => again.child.once("exit", resolve));
      again.child.kill("SIGKILL");
      await killed;
      const afterCrash = await startServer(lockDir);
      await afterCrash.stop();
      await rm(lockDir, { recursive: true, force: true });
    });
  });

  describe("live updates on the embedded default", () => {
    it("delivers annotationEvents over graphql-ws: every event to an editor, the publication to a reader", async () => {
      const liveDir = await mkdtemp(path.join(tmpdir(), "claimgraph-e2e-live-"));
      const server = await startServer(liveDir);
      const call = async (token: string | null, query: string, variables: object = {}) => {
        const response = await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const json = (await response.json()) as { data: any; errors?: unknown };
        expect(json.errors).toBeUndefined();
        return json.data;
      };
      const login = async (email: string, password: string) =>
        (
          await call(null, "mutation ($i: LoginInput!) { login(input: $i) { token } }", {
            i: { email, password },
          })
        ).login.token as string;
      try {
        const annotator = await login("annotator@claimgraph.local", "annotator-dev-password");
        const reviewer = await login("reviewer@claimgraph.local", "reviewer-dev-password");
        const article = (
          await call(null, `{ articles(filter: { search: "US delegate" }, first: 1) { edges { node { id } } } }`)
        ).articles.edges[0].node.id;
        const query = `subscription ($a: ID) { annotationEvents(articleId: $a) { kind toStatus version comment } }`;
        const editor = subscribe(server.url, reviewer, query, { a: article });
        const reader = subscribe(server.url, null, query, { a: article });

        // The subscriptions register asynchronously; the quote's creation is the first event.
        let quote: { id: string } | null = null;
        for (let attempt = 0; attempt < 50 && editor.received.length === 0; attempt++) {
          if (!quote) {
            quote = (
              await call(annotator, "mutation ($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id } } }", {
                i: { articleId: article, exact: "one of the Italian air force drones was shot" },
              })
            ).createQuote.quote;
          } else {
            await call(annotator, "mutation ($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }", {
              i: { annotationId: quote.id, body: `ping ${attempt}` },
            });
          }
          await editor.until(1, 200);
        }
        expect(editor.received.length).toBeGreaterThan(0);
        // A ping sent while the subscription registered may still be on its way: comment once
        // more and wait for that one (events arrive in commit order), so the count is settled.
        await call(annotator, "mutation ($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }", {
          i: { annotationId: quote!.id, body: "sync" },
        });
        for (let n = 2; editor.received.at(-1)?.data?.annotationEvents?.comment !== "sync" && n < 60; n++) {
          await editor.until(n, 10_000);
        }
        const seen = editor.received.length;
        const move =
          "mutation ($i: TransitionAnnotationInput!) { transitionAnnotation(input: $i) { errors { code } } }";
        await call(annotator, move, { i: { id: quote!.id, to: "IN_REVIEW", expectedVersion: 1 } });
        await call(reviewer, move, { i: { id: quote!.id, to: "APPROVED", expectedVersion: 2 } });
        await call(reviewer, move, { i: { id: quote!.id, to: "PUBLISHED", expectedVersion: 3 } });

        await editor.until(seen + 3, 10_000);
        expect(editor.received.slice(seen).map((payload) => payload.data.annotationEvents)).toEqual([
          { kind: "TRANSITIONED", toStatus: "IN_REVIEW", version: 2, comment: null },
          { kind: "TRANSITIONED", toStatus: "APPROVED", version: 3, comment: null },
          { kind: "TRANSITIONED", toStatus: "PUBLISHED", version: 4, comment: null },
        ]);
        await reader.until(1, 10_000);
        // The reader gets the publication, and the comment field refused (null, UNAUTHENTICATED).
        expect(reader.received.map((payload) => payload.data.annotationEvents)).toEqual([
          { kind: "TRANSITIONED", toStatus: "PUBLISHED", version: 4, comment: null },
        ]);
        await Promise.all([editor.close(), reader.close()]);
      } finally {
        await server.stop();
        await rm(liveDir, { recursive: true, force: true });
      }
    });
  });

  describe("npm start in production", () => {
    it("stops at start with a clear message when JWT_SECRET is missing", async () => {
      await expect(
        startServerProcess({ NODE_ENV: "production", JWT_SECRET: "", CLAIMGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" }),
      ).rejects.toThrow(/exited with 1[\s\S]*JWT_SECRET is not set/);
    });
  });
});
