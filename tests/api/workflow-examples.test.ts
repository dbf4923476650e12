import { readFile } from "node:fs/promises";
import path from "node:path";
import { seedDatabase } from "../../src/modules/ingest/seed.service";
import { PROJECT_ROOT } from "../../src/shared/paths";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";

const step = (name: string) => readFile(path.join(PROJECT_ROOT, "examples", "workflow", name), "utf8");

/** The README's workflow walk-through (examples/workflow/), run in order as its users would. */
describe("workflow examples", () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    await seedDatabase(db.prisma);
  });
  afterAll(() => db.drop());

  describe("examples/workflow/*.graphql", () => {
    it("annotator creates and submits a claim, reviewer approves and publishes it, a reader sees it", async () => {
      const login = async (email: string, password: string) => {
        const data = await api.ok(await step("1-login.graphql"), { email, password });
        expect(data.login.errors).toEqual([]);
        return data.login.token as string;
      };
      const annotator = api.as(await login("annotator@claimgraph.local", "annotator-dev-password"));
      const reviewer = api.as(await login("reviewer@claimgraph.local", "reviewer-dev-password"));

      const ids = await annotator.ok(await step("2-find-ids.graphql"));
      const created = await annotator.ok(await step("3-create-claim.graphql"), {
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

      const transition = await step("4-transition.graphql");
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

      const reader = await api.ok(await step("5-reader-sees-it.graphql"));
      expect(reader.claims.edges.map((e: any) => e.node)).toContainEqual({
        exact: "the United States has urged them to progress towards the growth and development of Libya",
        status: "PUBLISHED",
        subject: { name: "Libyan National Army" },
        claimant: { name: "United States" },
      });
    });
  });
});
