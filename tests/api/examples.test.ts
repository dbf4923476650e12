import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { seedDatabase } from "../../src/modules/ingest/seed.service";
import { PROJECT_ROOT } from "../../src/shared/paths";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { SEED_QUOTE_SPEAKERS } from "../support/expect";

const EXAMPLES = path.join(PROJECT_ROOT, "examples");
const example = (name: string) => readFile(path.join(EXAMPLES, name), "utf8");

/** The README's operations live in examples/; running each keeps the documentation true. */
describe("examples", () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    await seedDatabase(db.prisma);
  });
  afterAll(() => db.drop());

  describe("every examples/*.graphql", () => {
    it("runs against the seeded database without errors and returns data", async () => {
      const files = (await readdir(EXAMPLES)).filter((file) => file.endsWith(".graphql"));
      expect(files.length).toBeGreaterThanOrEqual(4);
      for (const file of files) {
        const result = await api.run(await example(file));
        expect({ file, errors: result.errors }).toEqual({ file, errors: undefined });
        expect(JSON.stringify(result.data)).toMatch(/"edges":\[\{/);
      }
    });
  });

  describe("first-query.graphql", () => {
    it("returns the seed article's four quotes with speakers and the LNA's asserted and denied foreign backing", async () => {
      const data = await api.ok(await example("first-query.graphql"));
      const article = data.articles.edges[0].node;
      expect(article.title).toBe("US delegate meets Libyan commander");
      expect(article.quotes.totalCount).toBe(4);
      expect(article.quotes.edges.map((e: any) => e.node.speaker.name)).toEqual(SEED_QUOTE_SPEAKERS);
      const lna = data.lna.edges[0].node;
      expect(lna.name).toBe("Libyan National Army");
      expect(lna.claimsAbout.totalCount).toBe(2);
      const [asserts, denies] = ["ASSERTS", "DENIES"].map((stance) =>
        lna.claimsAbout.edges.map((e: any) => e.node).find((c: any) => c.stance === stance),
      );
      expect(asserts.exact).toBe("Haftar’s party is backed by Russian mercenaries, Egypt and the United Arab Emirates");
      expect(asserts.counterparts.map((a: any) => a.name)).toEqual([
        "Russian mercenaries",
        "Egypt",
        "United Arab Emirates",
      ]);
      expect(asserts.attributionText).toBe("the reports");
      expect(asserts.attributionKind).toBe("UNATTRIBUTED");
      expect(asserts.claimant).toBeNull();
      expect(denies.exact).toBe("they have received no foreign support");
      expect(denies.claimant.name).toBe("Libyan National Army");
      expect(denies.attributionKind).toBe("SELF");
      expect(denies.article.title).toBe(article.title);
    });
  });

  describe("article-claims-by-topic.graphql", () => {
    it("lists the article's foreign-backing claims in text order with spans that slice the body", async () => {
      const data = await api.ok(await example("article-claims-by-topic.graphql"));
      const claims = data.articles.edges[0].node.claims.edges.map((e: any) => e.node);
      expect(claims.map((c: any) => c.subject.name)).toEqual([
        "Government of National Accord",
        "Libyan National Army",
        "Libyan National Army",
      ]);
      const body = (await db.prisma.article.findFirstOrThrow()).body;
      for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.exact);
    });
  });

  describe("actor-by-alias.graphql", () => {
    it("matches an alias regardless of case and apostrophe style", async () => {
      const data = await api.ok(await example("actor-by-alias.graphql"));
      expect(data.actors.edges.map((e: any) => e.node.name)).toEqual(["Libyan National Army"]);
    });
  });
});
