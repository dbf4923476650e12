import type { GraphQLSchema } from "graphql";
import { Client } from "pg";
import { writeCorpus } from "../../src/modules/ingest/corpus.service";
import { seedDatabase } from "../../src/modules/ingest/seed.service";
import { createSchema } from "../../src/schema";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { explain, plannedSql } from "../support/plan";

/**
 * Full-text search is answered from the GIN indexes on articles.search_vector and
 * annotations.search_vector. Over a corpus large enough (with statistics) that PostgreSQL weighs
 * an index against reading the table, a search for words few rows contain is an index scan; the
 * planner is left to choose (nothing is priced out), so the test fails if the index cannot serve
 * the query as written.
 */
describe("full-text search", () => {
  let db: TestDatabase;
  let client: Client;
  let schema: GraphQLSchema;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    await writeCorpus(db.prisma, { articles: 1500, seed: 3 });
    await seedDatabase(db.prisma);
    client = new Client({ connectionString: db.url });
    await client.connect();
    // As autovacuum leaves a table after a bulk load: statistics, and the GIN index's pending
    // list merged (its pages are priced into every index scan until then).
    await client.query("VACUUM ANALYZE articles");
    await client.query("VACUUM ANALYZE annotations");
    schema = await createSchema();
    api = await createTestApi(db);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const SEARCH = `query ($search: String, $orderBy: ArticleOrder) {
    articles(filter: { search: $search }, orderBy: $orderBy, first: 20) { totalCount edges { node { title } } } }`;

  it.each([null, { field: "PUBLISHED_AT", direction: "DESC" }])(
    "reads the GIN index for a selective search (order %j)",
    async (orderBy) => {
      const plan = await explain(client, plannedSql(schema, SEARCH, { search: "Victoria Coates", orderBy }));
      expect(plan).toMatch(/Bitmap Index Scan on articles_search_vector_idx/);
      expect(plan).not.toMatch(/Seq Scan on articles/);
    },
  );

  it("reads the annotations' GIN index for a selective search of quotes and claims", async () => {
    for (const root of ["quotes", "claims", "annotations"]) {
      const query = `query ($search: String) { ${root}(filter: { search: $search }, first: 20) { edges { node { __typename id } } } }`;
      const plan = await explain(client, plannedSql(schema, query, { search: "frank discussions" }));
      expect(plan).toMatch(/Bitmap Index Scan on annotations_search_vector_idx/);
      expect(plan).not.toMatch(/Seq Scan on annotations/);
    }
  });

  it("finds the seed article by words of its body, in any inflection", async () => {
    for (const search of ["Victoria Coates", "coates", '"deputy national security adviser"']) {
      const { articles } = await api.ok(SEARCH, { search });
      expect(articles.totalCount).toBe(1);
      expect(articles.edges[0].node.title).toBe("US delegate meets Libyan commander");
    }
  });

  it("ranks title matches above body matches", async () => {
    const { articles } = await api.ok(SEARCH, { search: "delegate" });
    expect(articles.totalCount).toBeGreaterThan(0);
    expect(articles.edges[0].node.title).toBe("US delegate meets Libyan commander");
  });
});
