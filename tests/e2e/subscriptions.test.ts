import { createEventHub, EventBus } from "../../src/modules/history/history.events";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { createLogger } from "../../src/shared/logger";
import { makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { captureLogs } from "../support/logs";
import { readTarget } from "../support/server-target";
import { subscribe } from "../support/subscriber";

const EVENTS = `subscription ($articleId: ID) {
  annotationEvents(articleId: $articleId) {
    kind toStatus version comment
    user { email }
    annotation { version status note ... on Quote { history { totalCount } comments { totalCount } } }
  }
}`;

const embedded = readTarget().mode === "embedded";
if (embedded)
  console.log("[claimgraph tests] skipping subscription scope tests: LISTEN/NOTIFY needs a PostgreSQL server.");

/**
 * Subscriptions read through a scope rebuilt for every event: the viewer as of that event,
 * its policy, and fresh loaders. A real server on the test database, real LISTEN/NOTIFY,
 * real graphql-ws clients.
 */
(embedded ? describe.skip : describe)("subscriptions", () => {
  let db: TestDatabase;
  let api: TestApi;
  let server: RunningServer;
  let bus: EventBus;
  let clock = Date.now();
  // Set to make reading the session clock fail: an unexpected error while checking a session.
  let clockFailure: Error | null = null;
  const logs = captureLogs();

  beforeAll(async () => {
    db = await createTestDatabase();
    const hub = createEventHub();
    const schema = await createSchema(hub);
    const now = () => {
      if (clockFailure) throw clockFailure;
      return new Date(clock);
    };
    api = await createTestApi(db, { port: 0, host: "127.0.0.1" }, logs.logger, { now, schema });
    bus = new EventBus({ kind: "server", url: db.url }, db.prisma, hub, createLogger("silent"));
    await bus.start();
    server = await startHttpServer(api.app, schema, hub);
  });
  afterAll(async () => {
    await server?.stop();
    await bus?.stop();
    await db.drop();
  });

  /** A quote in review by a fresh annotator, on a fresh article. */
  async function quoteInReview() {
    const author = await api.user("ANNOTATOR");
    const article = await makeArticle(db.prisma);
    const quote = await makeQuote(db.prisma, article, { status: "IN_REVIEW" });
    await db.prisma.annotation.update({
      where: { id: quote.id },
      data: { authorId: author.id, lastEditorId: author.id, note: "internal: check the translation" },
    });
    return { article, quote };
  }

  const comment = (user: TestUser, annotationId: string, body: string) =>
    user.api.ok(`mutation ($i: AddCommentInput!) { addComment(input: $i) { errors { code } } }`, {
      i: { annotationId, body },
    });

  /**
   * Comments until the subscriber hears one (the subscription registers asynchronously), then
   * once more and waits for that one: events arrive in commit order, so every earlier ping has
   * arrived by then and the count returned is settled.
   */
  async function primed(subscriber: ReturnType<typeof subscribe>, user: TestUser, annotationId: string) {
    for (let i = 0; i < 50 && subscriber.received.length === 0; i++) {
      await comment(user, annotationId, `ping ${i}`);
      await subscriber.until(1, 200);
    }
    expect(subscriber.received.length).toBeGreaterThan(0);
    await comment(user, annotationId, "sync");
    for (
      let n = subscriber.received.length + 1;
      subscriber.received.at(-1)?.data?.annotationEvents?.comment !== "sync";
      n++
    ) {
      await subscriber.until(n, 10_000);
    }
    return subscriber.received.length;
  }

  it("closes the connection (4403) at the next event once the subscriber's account is disabled", async () => {
    const { article, quote } = await quoteInReview();
    const reviewer = await api.user("REVIEWER");
    const subscriber = subscribe(server.url, reviewer.token, EVENTS, { articleId: article.gid });
    try {
      const seen = await primed(subscriber, reviewer, quote.gid);
      expect(subscriber.received[0]!.data.annotationEvents.user).toEqual({ email: reviewer.email });
      await db.prisma.user.update({
        where: { id: reviewer.id },
        data: { disabledAt: new Date(), sessionsValidFrom: new Date() },
      });
      const other = await api.user("REVIEWER");
      await comment(other, quote.gid, "said after the account was disabled");
      await subscriber.until(seen + 1, 10_000);
      expect(subscriber.failure()).toMatchObject({ code: 4403 });
      expect(subscriber.received).toHaveLength(seen);
    } finally {
      await subscriber.close();
    }
  });

  it("closes the connection (4403) at the next event once the subscriber's token has expired", async () => {
    const { article, quote } = await quoteInReview();
    const reviewer = await api.user("REVIEWER");
    const subscriber = subscribe(server.url, reviewer.token, EVENTS, { articleId: article.gid });
    try {
      const seen = await primed(subscriber, reviewer, quote.gid);
      clock = Date.now() + api.app.config.tokenTtlSeconds * 1000 + 60_000;
      // An event written straight to the history (every API token has expired on this clock).
      await db.prisma.annotationEvent.create({
        data: { annotationId: quote.id, kind: "COMMENTED", version: 1, comment: "after expiry" },
      });
      await subscriber.until(seen + 1, 10_000);
      expect(subscriber.failure()).toMatchObject({ code: 4403 });
      expect(subscriber.received).toHaveLength(seen);
    } finally {
      clock = Date.now();
      await subscriber.close();
    }
  });

  it("closes the connection with 1011, not 4403, and logs the cause when a session cannot be checked", async () => {
    const { article, quote } = await quoteInReview();
    const reviewer = await api.user("REVIEWER");
    const subscriber = subscribe(server.url, reviewer.token, EVENTS, { articleId: article.gid });
    try {
      const seen = await primed(subscriber, reviewer, quote.gid);
      clockFailure = new Error("the session clock is unavailable");
      await db.prisma.annotationEvent.create({
        data: { annotationId: quote.id, kind: "COMMENTED", version: 1, comment: "while sessions cannot be checked" },
      });
      await subscriber.until(seen + 1, 10_000);
      expect(subscriber.failure()).toMatchObject({ code: 1011 });
      expect(subscriber.received).toHaveLength(seen);
      expect(logs.lines).toContainEqual(
        expect.objectContaining({
          msg: "unexpected error",
          err: expect.objectContaining({ message: clockFailure.message }),
        }),
      );
    } finally {
      clockFailure = null;
      await subscriber.close();
    }
  });

  it("closes a new connection with 1011 when its session cannot be checked, and 4403 once it can and is bad", async () => {
    const reviewer = await api.user("REVIEWER");
    const article = await makeArticle(db.prisma);
    clockFailure = new Error("the session clock is unavailable");
    const unchecked = subscribe(server.url, reviewer.token, EVENTS, { articleId: article.gid });
    try {
      await unchecked.until(1, 10_000);
      expect(unchecked.failure()).toMatchObject({ code: 1011 });
    } finally {
      clockFailure = null;
      await unchecked.close();
    }
    const forged = subscribe(server.url, `${reviewer.token}x`, EVENTS, { articleId: article.gid });
    try {
      await forged.until(1, 10_000);
      expect(forged.failure()).toMatchObject({ code: 4403 });
    } finally {
      await forged.close();
    }
  });

  it("reads each event's annotation as it is at that event, not as it was when the subscription began", async () => {
    const { article, quote } = await quoteInReview();
    const reviewer = await api.user("REVIEWER");
    const subscriber = subscribe(server.url, reviewer.token, EVENTS, { articleId: article.gid });
    try {
      const seen = await primed(subscriber, reviewer, quote.gid);
      expect(subscriber.received.at(-1)!.data.annotationEvents.annotation.version).toBe(1);
      const editor = await api.user("ADMIN");
      for (const [expectedVersion, note] of [
        [1, "first correction"],
        [2, "second correction"],
      ] as const) {
        const result = await editor.api.ok(
          `mutation ($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { errors { code } } }`,
          { i: { id: quote.gid, expectedVersion, note } },
        );
        expect(result).toEqual({ updateAnnotation: { errors: [] } });
        await subscriber.until(seen + expectedVersion, 10_000);
        const event = subscriber.received.at(-1)!.data.annotationEvents;
        expect(event).toMatchObject({ kind: "UPDATED", version: expectedVersion + 1 });
        expect(event.annotation).toMatchObject({ version: expectedVersion + 1, note });
      }
    } finally {
      await subscriber.close();
    }
  });

  it("gives a reader only publications, never the note, history, comments, who or why", async () => {
    const { article, quote } = await quoteInReview();
    const reviewer = await api.user("REVIEWER");
    const editors = subscribe(server.url, reviewer.token, EVENTS, { articleId: article.gid });
    const reader = subscribe(server.url, null, EVENTS, { articleId: article.gid });
    try {
      const seen = await primed(editors, reviewer, quote.gid);
      for (const [to, expectedVersion] of [
        ["APPROVED", 1],
        ["PUBLISHED", 2],
      ] as const) {
        await reviewer.api.ok(
          `mutation ($i: TransitionAnnotationInput!) { transitionAnnotation(input: $i) { errors { code } } }`,
          { i: { id: quote.gid, to, expectedVersion, comment: `internal: ${to}` } },
        );
      }
      await editors.until(seen + 2, 10_000);
      await reader.until(1, 10_000);
      expect(reader.received).toHaveLength(1);
      const [{ data, errors }] = reader.received as [{ data: any; errors: any[] }];
      expect(data.annotationEvents).toEqual({
        kind: "TRANSITIONED",
        toStatus: "PUBLISHED",
        version: 3,
        comment: null,
        user: null,
        annotation: { version: 3, status: "PUBLISHED", note: null, history: null, comments: null },
      });
      expect(errors.map((error) => [error.extensions.code, error.path.join(".")]).sort()).toEqual([
        ["UNAUTHENTICATED", "annotationEvents.annotation.comments"],
        ["UNAUTHENTICATED", "annotationEvents.annotation.history"],
        ["UNAUTHENTICATED", "annotationEvents.annotation.note"],
        ["UNAUTHENTICATED", "annotationEvents.comment"],
        ["UNAUTHENTICATED", "annotationEvents.user"],
      ]);
      // The editor, meanwhile, saw every event in full.
      const published = editors.received.at(-1)!.data.annotationEvents;
      expect(published).toMatchObject({ comment: "internal: PUBLISHED", annotation: { note: expect.any(String) } });
    } finally {
      await Promise.all([editors.close(), reader.close()]);
    }
  });

  it("reads an event once for all the subscribers presenting the same credentials, not once per subscriber", async () => {
    const article = await makeArticle(db.prisma);
    const quote = await makeQuote(db.prisma, article, { status: "PUBLISHED" });
    const READER_EVENTS = `subscription ($articleId: ID) {
      annotationEvents(articleId: $articleId) { kind toStatus version annotation { id status version exact } }
    }`;
    // A publication written straight to the history: what readers are shown.
    let version = 1;
    const publish = () =>
      db.prisma.annotationEvent.create({
        data: { annotationId: quote.id, kind: "TRANSITIONED", toStatus: "PUBLISHED", version: ++version },
      });

    /** Statements the server sends to deliver one publication to `count` reader subscribers. */
    async function deliveryCost(count: number) {
      const readers = Array.from({ length: count }, () =>
        subscribe(server.url, null, READER_EVENTS, { articleId: article.gid }),
      );
      try {
        // Publish until every subscriber has registered and heard one, then once more so that
        // every earlier publication has been delivered before counting.
        for (let i = 0; i < 50 && readers.some((reader) => reader.received.length === 0); i++) {
          await publish();
          await Promise.all(readers.map((reader) => reader.until(1, 200)));
        }
        await publish();
        await Promise.all(readers.map((reader) => reader.until(reader.received.length + 1, 10_000)));
        const heard = readers.map((reader) => reader.received.length);
        const before = db.statements.length;
        await publish();
        await Promise.all(readers.map((reader, i) => reader.until(heard[i]! + 1, 10_000)));
        for (const [i, reader] of readers.entries()) {
          expect(reader.received).toHaveLength(heard[i]! + 1);
          expect(reader.received.at(-1)!.data.annotationEvents).toMatchObject({ kind: "TRANSITIONED", version });
        }
        return db.statements.length - before;
      } finally {
        await Promise.all(readers.map((reader) => reader.close()));
      }
    }

    const one = await deliveryCost(1);
    const twelve = await deliveryCost(12);
    // The publication's own INSERT plus the reads of one scope shared by all twelve.
    expect(one).toBeGreaterThan(1);
    expect(twelve).toBe(one);
  });
});
