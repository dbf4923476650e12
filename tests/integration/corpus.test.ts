import pg from "pg";
import { writeCorpus } from "../../src/modules/ingest/corpus.service";
import { readTarget } from "../support/server-target";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";

const SIZE = { articles: 450, seed: 3 };

describe("corpus", () => {
  let db: TestDatabase;
  let api: TestApi;
  let reported: Awaited<ReturnType<typeof writeCorpus>>;
  const progress: number[] = [];
  // LISTEN/NOTIFY across connections needs a PostgreSQL server (not the embedded fallback).
  const server = readTarget().mode === "server";
  let listener: pg.Client | null = null;
  const notices: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    if (server) {
      listener = new pg.Client({ connectionString: db.url });
      await listener.connect();
      listener.on("notification", (notice) => notices.push(notice.payload ?? ""));
      await listener.query("LISTEN claimgraph_annotation_events");
    }
    // A topic the corpus also uses exists already (as with the dev seeds): it is reused, not refused.
    await db.prisma.topic.create({ data: { key: "FOREIGN_BACKING", label: "Foreign backing" } });
    reported = await writeCorpus(db.prisma, SIZE, (done) => progress.push(done));
  });
  afterAll(async () => {
    await listener?.end();
    await db.drop();
  });

  describe("writeCorpus", () => {
    it("writes what it reports, in batches, and says how far it got after each", async () => {
      expect(progress).toEqual([200, 400, 450]);
      const count = async (table: string) =>
        (await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
      expect(await count("articles")).toBe(SIZE.articles);
      expect(await count("annotations")).toBe(reported.annotations);
      expect(await count("annotation_events")).toBe(reported.events);
      expect(await count("actors")).toBe(reported.actors);
      expect(reported.annotations / SIZE.articles).toBeGreaterThan(5);
      expect(await count("topics")).toBe(8);
    });

    it("leaves every annotation in the state its last history event moved it to, at the version it reached", async () => {
      const [mismatch] = await db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM annotations a
          JOIN LATERAL (SELECT to_status, version FROM annotation_events e WHERE e.annotation_id = a.id
                         ORDER BY created_at DESC, id DESC LIMIT 1) last ON TRUE
         WHERE last.to_status <> a.status OR last.version <> a.version`;
      expect(mismatch!.n).toBe(0);
    });

    it("announces nothing of the history it loads, and leaves the announcing trigger switched on", async () => {
      const [trigger] = await db.prisma.$queryRaw<{ enabled: string }[]>`
        SELECT tgenabled::text AS enabled FROM pg_trigger WHERE tgname = 'annotation_events_announce'`;
      expect(trigger!.enabled).toBe("O");
      if (!listener) return;
      await listener.query("SELECT 1"); // notifications sent before this round trip have arrived
      expect(notices).toEqual([]);
      const annotation = await db.prisma.annotation.findFirstOrThrow();
      await db.prisma.annotationEvent.create({
        data: { annotationId: annotation.id, kind: "COMMENTED", version: annotation.version, comment: "after" },
      });
      await listener.query("SELECT 1");
      expect(notices).toHaveLength(1);
    });

    it("refuses a database that already has articles", async () => {
      await expect(writeCorpus(db.prisma, { articles: 1 })).rejects.toThrow(/already has 450 articles/);
    });

    it("serves what it wrote: the newest published work reaches readers through the API", async () => {
      const result = await api.ok(`{
        articles(first: 3) { totalCount edges { node { title quotes(first: 10) { edges { node { exact status } } } } } }
      }`);
      expect(result.articles.totalCount).toBe(SIZE.articles);
      const quotes = result.articles.edges.flatMap((edge: any) => edge.node.quotes.edges);
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.every((edge: any) => edge.node.status === "PUBLISHED")).toBe(true);
    });
  });
});
