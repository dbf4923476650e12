import { seedDatabase } from "../../src/modules/ingest/seed.service";
import { withMigrationLock } from "../../src/shared/database/migrations";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { SEED_QUOTE_SPEAKERS } from "../support/expect";

describe("seeds", () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
  });
  afterAll(() => db.drop());

  describe("seedDatabase", () => {
    // seeds/: the article the product was created from and two more on the LNA's foreign backing,
    // which share actors with it (declared in each file, created once).
    it("loads the seed articles, their actors, quotes and claims, all published", async () => {
      const report = await seedDatabase(db.prisma);
      expect(report).toEqual({ articles: 3, actors: 18, topics: 4, users: 3, annotations: 21 });
      const statuses = await db.prisma.annotation.groupBy({ by: ["status"], _count: true });
      expect(statuses).toEqual([{ status: "PUBLISHED", _count: 21 }]);
    });

    it("seeds once when two instances start on one empty database at the same moment", async () => {
      const fresh = await createTestDatabase();
      try {
        // What main.ts does at start: seed under the migration lock.
        const reports = await Promise.all(
          [1, 2].map(() => withMigrationLock(fresh.url, () => seedDatabase(fresh.prisma))),
        );
        expect(reports.map((report) => report.actors).sort()).toEqual([0, 18]);
        const names = await fresh.prisma.actor.groupBy({ by: ["normalizedName"], _count: true });
        expect(names.every((group) => group._count === 1)).toBe(true);
        expect(await fresh.prisma.annotation.count()).toBe(21);
      } finally {
        await fresh.drop();
      }
    });

    it("is idempotent: a second run creates nothing", async () => {
      expect(await seedDatabase(db.prisma)).toEqual({ articles: 0, actors: 0, topics: 0, users: 0, annotations: 0 });
      expect(await db.prisma.annotation.count()).toBe(21);
    });

    it("records each seeded annotation's path through the workflow", async () => {
      const events = await db.prisma.annotationEvent.findMany({
        orderBy: [{ annotationId: "asc" }, { version: "asc" }],
      });
      expect(events).toHaveLength(21 * 4);
      expect(events.slice(0, 4).map((e) => e.toStatus)).toEqual(["DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED"]);
    });
  });

  describe("the LNA's foreign backing across the seed articles", () => {
    it("is asserted and denied, per backer, in three articles; one denial names no backer", async () => {
      const data = await api.ok(`{
        lna: actors(filter: { alias: "LNA" }) { edges { node {
          claimsAbout(topic: "FOREIGN_BACKING", first: 50) { edges { node {
            stance counterparts { name } claimant { name } attributionKind article { title }
          } } }
        } } }
      }`);
      const claims = data.lna.edges[0].node.claimsAbout.edges.map((e: any) => e.node);
      expect(new Set(claims.map((c: any) => c.article.title)).size).toBe(3);
      const tally = (stance: string, backer: string | null) =>
        claims.filter(
          (c: any) =>
            c.stance === stance &&
            (backer === null ? c.counterparts.length === 0 : c.counterparts.some((a: any) => a.name === backer)),
        ).length;
      expect(tally("ASSERTS", "United Arab Emirates")).toBe(4);
      expect(tally("DENIES", "United Arab Emirates")).toBe(1);
      expect(tally("ASSERTS", "Russian mercenaries")).toBe(1);
      expect(tally("DENIES", "Russian mercenaries")).toBe(1);
      expect(tally("ASSERTS", "Egypt")).toBe(2);
      expect(tally("DENIES", null)).toBe(1);
      expect(claims).toHaveLength(9);
    });
  });

  describe("reader view of the seed article", () => {
    it("shows four quotes with speakers and two foreign-backing claims about the LNA", async () => {
      const data = await api.ok(`{
        articles(first: 1, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node {
          quotes { totalCount edges { node { exact speaker { name } } } }
          claims(topic: "FOREIGN_BACKING") { edges { node { stance subject { name } counterparts { name } attributionText } } }
        } } }
      }`);
      const article = data.articles.edges[0].node;
      expect(article.quotes.totalCount).toBe(4);
      expect(article.quotes.edges.map((e: any) => e.node.speaker.name)).toEqual(SEED_QUOTE_SPEAKERS);
      const lna = article.claims.edges
        .map((e: any) => e.node)
        .filter((c: any) => c.subject.name === "Libyan National Army");
      expect(lna.map((c: any) => c.stance).sort()).toEqual(["ASSERTS", "DENIES"]);
      const assertion = lna.find((c: any) => c.stance === "ASSERTS");
      expect(assertion.counterparts.map((a: any) => a.name)).toEqual([
        "Russian mercenaries",
        "Egypt",
        "United Arab Emirates",
      ]);
      expect(assertion.attributionText).toBe("the reports");
    });
  });
});
