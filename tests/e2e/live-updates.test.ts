import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { subscribe } from "../support/subscriber";
import { signSessionToken } from "../../src/modules/user/session.token";
import { makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { readTarget } from "../support/server-target";
import type { ServerProcess } from "../support/server-process";
import { startServerProcess } from "../support/server-process";

const SECRET = "live-updates-test-secret-0123456789-abcdefgh";
const SUBSCRIPTION = `subscription ($articleId: ID) {
  annotationEvents(articleId: $articleId) { kind fromStatus toStatus version comment }
}`;

/** The event payloads a subscriber has received so far. */
function subscriber(url: string, token: string | null, articleId: string) {
  const subscription = subscribe(url, token, SUBSCRIPTION, { articleId });
  return {
    get received() {
      return subscription.received.map((payload) => payload.data?.annotationEvents ?? payload);
    },
    failure: subscription.failure,
    until: subscription.until,
    close: subscription.close,
  };
}

async function call(url: string, token: string, query: string, variables: object) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: any; errors?: unknown[] };
}

const embedded = readTarget().mode === "embedded";
if (embedded) {
  console.log("[claimgraph tests] skipping live updates across two server processes: they need a PostgreSQL server.");
}

(embedded ? describe.skip : describe)("live updates", () => {
  let db: TestDatabase;
  let first: ServerProcess;
  let second: ServerProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, JWT_SECRET: SECRET, CLAIMGRAPH_SEED: "never" };
    [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await db.drop();
  });

  describe("annotationEvents over graphql-ws", () => {
    it("delivers a transition made on one server to subscribers on the other, filtered by what each may see", async () => {
      const secret = new TextEncoder().encode(SECRET);
      const [author, reviewer] = await Promise.all(
        (["ANNOTATOR", "REVIEWER"] as const).map((role) =>
          db.prisma.user.create({ data: { email: `${role.toLowerCase()}@live.test`, displayName: role, role } }),
        ),
      );
      const reviewerToken = await signSessionToken(reviewer!.id, secret, 600);
      const article = await makeArticle(db.prisma);
      const quote = await makeQuote(db.prisma, article, { status: "IN_REVIEW" });
      await db.prisma.annotation.update({
        where: { id: quote.id },
        data: { authorId: author!.id, lastEditorId: author!.id },
      });

      const editor = subscriber(first.url, reviewerToken, article.gid);
      const reader = subscriber(first.url, null, article.gid);
      try {
        // The subscription is registered asynchronously: comment (through the other server)
        // until the editor's subscriber hears one, so the real changes cannot be missed.
        for (let i = 0; i < 50 && editor.received.length === 0; i++) {
          await call(
            second.url,
            reviewerToken,
            `mutation ($i: AddCommentInput!) { addComment(input: $i) { errors { code } } }`,
            {
              i: { annotationId: quote.gid, body: `ping ${i}` },
            },
          );
          await editor.until(1, 200);
        }
        expect(editor.received[0]).toMatchObject({ kind: "COMMENTED" });
        // A ping sent while the subscription registered may still be on its way: comment once
        // more and wait for that one (events arrive in commit order), so the count is settled.
        await call(
          second.url,
          reviewerToken,
          `mutation ($i: AddCommentInput!) { addComment(input: $i) { errors { code } } }`,
          {
            i: { annotationId: quote.gid, body: "sync" },
          },
        );
        for (let n = 2; editor.received.at(-1)?.comment !== "sync" && n < 60; n++) await editor.until(n, 10_000);
        const pings = editor.received.length;

        const transition = `mutation ($i: TransitionAnnotationInput!) { transitionAnnotation(input: $i) { errors { code } } }`;
        expect(
          (
            await call(second.url, reviewerToken, transition, {
              i: { id: quote.gid, to: "APPROVED", expectedVersion: 1 },
            })
          ).data,
        ).toEqual({ transitionAnnotation: { errors: [] } });
        expect(
          (
            await call(second.url, reviewerToken, transition, {
              i: { id: quote.gid, to: "PUBLISHED", expectedVersion: 2, comment: "internal: legal cleared it" },
            })
          ).data,
        ).toEqual({ transitionAnnotation: { errors: [] } });

        await editor.until(pings + 2, 10_000);
        expect(editor.received.slice(pings)).toEqual([
          { kind: "TRANSITIONED", fromStatus: "IN_REVIEW", toStatus: "APPROVED", version: 2, comment: null },
          {
            kind: "TRANSITIONED",
            fromStatus: "APPROVED",
            toStatus: "PUBLISHED",
            version: 3,
            comment: "internal: legal cleared it",
          },
        ]);
        await reader.until(1, 10_000);
        // Readers learn of the publication, not of the editors' comment on it.
        expect(reader.received).toEqual([
          { kind: "TRANSITIONED", fromStatus: "APPROVED", toStatus: "PUBLISHED", version: 3, comment: null },
        ]);
      } finally {
        await Promise.all([editor.close(), reader.close()]);
      }
    });

    it("refuses a malformed article id when the subscription starts, with a coded error", async () => {
      const secret = new TextEncoder().encode(SECRET);
      const user = await db.prisma.user.create({
        data: { email: "editor@live.test", displayName: "E", role: "REVIEWER" },
      });
      const bad = subscriber(first.url, await signSessionToken(user.id, secret, 600), "not-an-id");
      await bad.until(1, 10_000);
      expect(JSON.stringify(bad.received.concat(bad.failure() ?? []))).toMatch(/INVALID_ID/);
      await bad.close();
    });

    it("serves only subscriptions: queries and mutations belong on HTTP", async () => {
      const client = createClient({
        url: first.url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
      });
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: "{ articles { totalCount } }" },
          { next: () => undefined, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(JSON.stringify(errors)).toMatch(/BAD_REQUEST/);
      await client.dispose();
    });

    it("checks the token like HTTP does: a bad one is refused at connection", async () => {
      const refused = subscriber(first.url, "not-a-valid-token", "any");
      await refused.until(1, 10_000);
      expect(refused.received).toEqual([]);
      expect(refused.failure()).toMatchObject({ code: 4403 });
      await refused.close();
    });
  });
});
