import type { EventNotice } from "../../src/modules/history/history.events";
import { ANNOTATION_EVENTS, createEventHub, EventBus } from "../../src/modules/history/history.events";
import { makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { readTarget } from "../support/server-target";
import { captureLogs } from "../support/logs";

const embedded = readTarget().mode === "embedded";
if (embedded) console.log("[claimgraph tests] skipping the event bus reconnect test: it terminates a server backend.");

(embedded ? describe.skip : describe)("event bus", () => {
  let db: TestDatabase;
  let bus: EventBus;
  const hub = createEventHub();
  const delivered: EventNotice[] = [];
  let wake: (() => void) | null = null;
  const logs = captureLogs("info");
  const logLines = logs.lines;

  beforeAll(async () => {
    db = await createTestDatabase();
    bus = new EventBus({ kind: "server", url: db.url }, db.prisma, hub, logs.logger);
    await bus.start();
    void (async () => {
      for await (const notice of hub.subscribe(ANNOTATION_EVENTS)) {
        delivered.push(notice);
        wake?.();
      }
    })();
  });
  afterAll(async () => {
    await bus.stop();
    await db.drop();
  });

  /** Waits (event-driven, with a deadline) until `count` notices have been delivered. */
  async function deliveredCount(count: number, ms = 15_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (delivered.length < count && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 100);
      });
    }
  }

  describe("after the LISTEN connection is lost", () => {
    it("replays the events committed meanwhile, each exactly once and in order, then carries on live", async () => {
      const article = await makeArticle(db.prisma);
      const quote = await makeQuote(db.prisma, article, { status: "DRAFT" });
      const write = (comment: string) =>
        db.prisma.annotationEvent.create({
          data: { annotationId: quote.id, kind: "COMMENTED", version: 1, comment },
        });

      const before = await write("before the drop");
      await deliveredCount(1);
      expect(delivered.map((notice) => notice.eventId)).toEqual([before.id]);
      expect(delivered[0]).toMatchObject({ annotationId: quote.id, articleId: article.id });

      const pid = await bus.listenerPid();
      expect(pid).toEqual(expect.any(Number));
      await db.prisma.$queryRawUnsafe("SELECT pg_terminate_backend($1)", pid);
      // Write only once the bus has noticed the loss (it reconnects after a backoff).
      for (const deadline = Date.now() + 10_000; (await bus.listenerPid()) !== null && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(await bus.listenerPid()).toBeNull();
      const meanwhile = [];
      for (const comment of ["while down 1", "while down 2", "while down 3"]) meanwhile.push(await write(comment));

      await deliveredCount(4);
      const after = await write("after the reconnect");
      await deliveredCount(5);
      // Nothing more arrives: a short grace period for duplicates that would come late.
      await deliveredCount(6, 500);

      expect(delivered.map((notice) => notice.eventId)).toEqual([before, ...meanwhile, after].map((event) => event.id));
      expect(logLines.find((line) => line.msg?.includes("replayed"))).toMatchObject({ replayed: 3 });
      expect(await bus.listenerPid()).not.toBe(pid);
    });
  });
});
