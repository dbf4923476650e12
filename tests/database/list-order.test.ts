import type { GraphQLSchema } from "graphql";
import { Client } from "pg";
import { Prisma } from "../../src/generated/prisma/client";
import { writeCorpus } from "../../src/modules/ingest/corpus.service";
import { createSchema } from "../../src/schema";
import { orderSql } from "../../src/shared/read/sql";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { explain, plannedSql } from "../support/plan";

/**
 * Every list ordering is read in order from an index, its id tie-breaker included, so a page is
 * an index range scan and never a sort of the whole table. Each ordering is EXPLAINed over a
 * small corpus with sequential scans priced out: a Sort node then means no index matches.
 * The planned statements of the root lists are checked as they are sent, and the orderings the
 * resolvers use (the same columns, shared/pagination.ts) are checked as plain ORDER BY … LIMIT.
 */
describe("list orderings", () => {
  let db: TestDatabase;
  let client: Client;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Enough rows, with statistics, that the planner weighs an ordered scan against the other
    // indexes as it would in production (on empty tables any plan costs nothing).
    await writeCorpus(db.prisma, { articles: 200, seed: 5 });
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query("ANALYZE");
    await client.query("SET enable_seqscan = off");
    schema = await createSchema();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const plan = (sql: Prisma.Sql) => explain(client, sql);

  const expectNoSort = (text: string) => {
    expect(text).not.toMatch(/\bSort\b/);
    expect(text).toMatch(/Index (Only )?Scan/);
  };

  const planned = (query: string, variables: Record<string, unknown> = {}) => plannedSql(schema, query, variables);

  const ARTICLE_ORDERS = [
    null,
    { field: "PUBLISHED_AT", direction: "ASC" },
    { field: "TITLE", direction: "ASC" },
    { field: "TITLE", direction: "DESC" },
    { field: "CREATED_AT", direction: "DESC" },
  ];
  const ANNOTATION_ORDERS = [
    null,
    { field: "CREATED_AT", direction: "DESC" },
    { field: "POSITION", direction: "DESC" },
  ];
  const ACTOR_ORDERS = [null, { field: "CREATED_AT", direction: "ASC" }];

  it.each(ARTICLE_ORDERS.map((order) => [JSON.stringify(order), order]))(
    "articles ordered by %s, forward and backward, planned",
    async (_name, orderBy) => {
      const query = `query ($orderBy: ArticleOrder, $first: Int, $last: Int) {
        articles(orderBy: $orderBy, first: $first, last: $last) { edges { cursor node { id title } } } }`;
      expectNoSort(await plan(planned(query, { orderBy, first: 20 })));
      expectNoSort(await plan(planned(query, { orderBy, last: 20 })));
    },
  );

  it.each(ANNOTATION_ORDERS.map((order) => [JSON.stringify(order), order]))(
    "quotes, claims and annotations ordered by %s, planned",
    async (_name, orderBy) => {
      for (const root of ["quotes", "claims", "annotations"]) {
        const query = `query ($orderBy: AnnotationOrder) { ${root}(orderBy: $orderBy, first: 20) { edges { cursor node { id } } } }`;
        expectNoSort(await plan(planned(query, { orderBy })));
      }
    },
  );

  it.each(ACTOR_ORDERS.map((order) => [JSON.stringify(order), order]))(
    "actors ordered by %s, planned",
    async (_name, orderBy) => {
      const query = `query ($orderBy: ActorOrder) { actors(orderBy: $orderBy, first: 20) { edges { cursor node { id } } } }`;
      expectNoSort(await plan(planned(query, { orderBy })));
    },
  );

  it("topics by key, planned", async () => {
    expectNoSort(await plan(planned(`{ topics(first: 20) { edges { cursor node { key } } } }`)));
  });

  it.each([
    ["annotation_events", "created_at", "asc"],
    ["annotation_events", "created_at", "desc"],
    ["users", "email", "asc"],
  ] as const)("%s by %s %s, as the resolvers page them", async (table, column, direction) => {
    const columns = [
      { sql: Prisma.raw(`t.${column}`), direction, type: "text" as const },
      { sql: Prisma.raw("t.id"), direction, type: "uuid" as const },
    ];
    for (const backward of [false, true]) {
      const sql = Prisma.sql`SELECT t.id FROM ${Prisma.raw(table)} t ORDER BY ${orderSql(columns, backward)} LIMIT 21`;
      expectNoSort(await plan(sql));
    }
  });

  it("finds the sort when an ordering has no index (the check can fail)", async () => {
    const sql = Prisma.sql`SELECT t.id FROM articles t ORDER BY t.source, t.id LIMIT 21`;
    expect(await plan(sql)).toMatch(/\bSort\b/);
  });
});
