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
    it("returns the seed article's four quotes with speakers and the LNA's first asserted and denied foreign backing", async () => {
      const data = await api.ok(await example("first-query.graphql"));
      const article = data.articles.edges[0].node;
      expect(article.title).toBe("US delegate meets Libyan commander");
      expect(article.quotes.totalCount).toBe(4);
      expect(article.quotes.edges.map((e: any) => e.node.speaker.name)).toEqual(SEED_QUOTE_SPEAKERS);
      const lna = data.lna.edges[0].node;
      expect(lna.name).toBe("Libyan National Army");
      expect(lna.claimsAbout.totalCount).toBe(9);
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

  describe("examples/workflow/*.graphql", () => {
    // The README's workflow walk-through, run in order as its users would.
    it("annotator creates and submits a claim, reviewer approves and publishes it, a reader sees it", async () => {
      const login = async (email: string, password: string) => {
        const data = await api.ok(await example("workflow/" + "1-login.graphql"), { email, password });
        expect(data.login.errors).toEqual([]);
        return data.login.token as string;
      };
      const annotator = api.as(await login("annotator@claimgraph.local", "annotator-dev-password"));
      const reviewer = api.as(await login("reviewer@claimgraph.local", "reviewer-dev-password"));

      const ids = await annotator.ok(await example("workflow/" + "2-find-ids.graphql"));
      const created = await annotator.ok(await example("workflow/" + "3-create-claim.graphql"), {
        articleId: ids.articles.edges[0].node.id,
        subjectId: ids.lna.edges[0].node.id,
        claimantId: ids.us.edges[0].node.id,
      });
      expect(created.createClaim.errors).toEqual([]);
      const claim = created.createClaim.claim;
      expect(claim).toMatchObject({
        status: "DRAFT",
        version: 1,
        availableTransitions: [{ to: "IN_REVIEW", requiresComment: false }],
      });

      const transition = await example("workflow/" + "4-transition.graphql");
      const moves: [typeof annotator, string, number][] = [
        [annotator, "IN_REVIEW", 1],
        [reviewer, "APPROVED", 2],
        [reviewer, "PUBLISHED", 3],
      ];
      for (const [who, to, expectedVersion] of moves) {
        const data = await who.ok(transition, { id: claim.id, to, expectedVersion });
        expect(data.transitionAnnotation).toEqual({
          annotation: { id: claim.id, status: to, version: expectedVersion + 1 },
          errors: [],
        });
      }

      const reader = await api.ok(await example("workflow/" + "5-reader-sees-it.graphql"));
      expect(reader.claims.edges.map((e: any) => e.node)).toContainEqual({
        exact: "the United States has urged them to progress towards the growth and development of Libya",
        status: "PUBLISHED",
        subject: { name: "Libyan National Army" },
        claimant: { name: "United States" },
      });
    });
  });
});
