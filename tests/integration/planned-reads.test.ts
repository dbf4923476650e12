import { createContext } from "../../src/context";
import { writeCorpus } from "../../src/modules/ingest/corpus.service";
import { seedDatabase } from "../../src/modules/ingest/seed.service";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { GraphQLResult, TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";

/**
 * The planned read path (src/shared/read) against the resolvers: every operation is run on a
 * server that plans reads and on one that does not, over the same database, and the two
 * documents must be identical (data, errors, cursors). Operations the planner covers must also
 * have been planned, in one statement.
 */
describe("planned reads", () => {
  let db: TestDatabase;
  let planned: TestApi;
  let resolvers: TestApi;
  let editor: TestUser;

  beforeAll(async () => {
    db = await createTestDatabase();
    planned = await createTestApi(db);
    resolvers = await createTestApi(db, { plannedReads: false });
    await writeCorpus(db.prisma, { articles: 40, seed: 11 });
    await seedDatabase(db.prisma);
    // An article without a publication date: lists put it last, cursors carry its null.
    await db.prisma.article.create({
      data: { title: "Undated", body: "No date here.", contentHash: "0".repeat(64), language: "en" },
    });
    editor = await planned.user("REVIEWER");
  });
  afterAll(() => db.drop());

  async function run(api: TestApi, query: string, variables: Record<string, unknown>, token: string | null) {
    const contextValue = createContext(api.app, { authorization: token ? `Bearer ${token}` : null });
    const statementsBefore = db.statements.length;
    const response = await api.server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return {
      result: response.body.singleResult as GraphQLResult,
      read: contextValue.response.read,
      statements: db.statements.length - statementsBefore,
    };
  }

  /** Runs `query` both ways as `who`; returns the planned run after checking they agree. */
  async function both(query: string, variables: Record<string, unknown> = {}, who: "reader" | "editor" = "reader") {
    const token = who === "editor" ? editor.token : null;
    const a = await run(planned, query, variables, token);
    const b = await run(resolvers, query, variables, token);
    expect(b.read).not.toBe("planned");
    expect(a.result).toEqual(b.result);
    return a;
  }

  const expectPlanned = (run: { read?: string; statements: number; result: GraphQLResult }) => {
    expect(run.result.errors).toBeUndefined();
    expect(run.read).toBe("planned");
    // The viewer's session is read when the scope opens (editors only); the answer is one statement.
    expect(run.statements).toBeLessThanOrEqual(2);
  };

  const ARTICLE_FIELDS = `
    __typename id title source url publishedAt language contentHash createdAt
    quotes(first: 3) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id exact start end prefix suffix status version kind createdAt updatedAt speakerText quoteKind
                            speaker { id name kind countryCode aliases } } }
    }
    claims(first: 4) {
      edges { node { __typename id exact stance attributionKind attributionText topic { key label description }
                     subject { name } claimant { name } counterparts { id name } quote { id exact } } }
    }
    annotations(first: 5) { edges { node { __typename id kind ... on Quote { speakerText } ... on Claim { stance } } } }
    retractions { id kind retractedAt reason }
  `;

  describe("what the planner covers", () => {
    it("answers a nested article list in one statement, as the resolvers do", async () => {
      expectPlanned(await both(`{ articles(first: 12) { totalCount edges { cursor node { ${ARTICLE_FIELDS} } } } }`));
    });

    it("answers one article, one actor and their edges, with aliases and fragments", async () => {
      const list = await planned.ok(
        `{ articles(first: 3) { edges { node { id } } } actors(first: 3) { edges { node { id } } } }`,
      );
      const articleId = list.articles.edges[2].node.id;
      const actorId = list.actors.edges[0].node.id;
      expectPlanned(
        await both(
          `query ($a: ID!, $b: ID!) {
             one: article(id: $a) { ...A }
             again: article(id: $a) { title quotes(first: 1) { edges { node { id } } } }
             actor(id: $b) { ...Who claimsAbout(first: 2) { totalCount edges { node { exact article { title } } } }
                             claimsMade { edges { node { id } } } claimsAsCounterpart(first: 3, topic: "FOREIGN_BACKING") { totalCount }
                             quotes(last: 2) { edges { cursor node { exact } } pageInfo { hasNextPage hasPreviousPage } } }
             missing: article(id: "QXJ0aWNsZTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA") { id }
           }
           fragment A on Article { title actors(first: 4) { totalCount edges { node { name } } } }
           fragment Who on Actor { __typename id name description externalId version createdAt updatedAt }`,
          { a: articleId, b: actorId },
        ),
      );
    });

    it("pages forward and backward with either path's cursors, in every order", async () => {
      for (const orderBy of [
        null,
        { field: "TITLE", direction: "ASC" },
        { field: "CREATED_AT", direction: "DESC" },
        { field: "PUBLISHED_AT", direction: "ASC" },
      ]) {
        const query = `query ($first: Int, $last: Int, $after: String, $before: String, $orderBy: ArticleOrder) {
          articles(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy) {
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title publishedAt } }
          } }`;
        let after: string | null = null;
        for (let page = 0; page < 4; page++) {
          const forward = await both(query, { first: 13, after, orderBy });
          expectPlanned(forward);
          after = forward.result.data!.articles.pageInfo.endCursor;
        }
        const backward = await both(query, { last: 7, before: after, orderBy });
        expectPlanned(backward);
        const start = backward.result.data!.articles.pageInfo.startCursor;
        expectPlanned(await both(query, { last: 50, before: start, orderBy }));
        expectPlanned(await both(query, { first: 0, orderBy }));
      }
    });

    it("filters and searches the article list, paging by relevance with either path's cursors", async () => {
      const { actors } = await planned.ok(`{ actors(first: 5) { edges { node { id } } } }`);
      const actor = actors.edges[0].node.id;
      const query = `query ($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $last: Int, $after: String, $before: String) {
        articles(filter: $filter, orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title } } } }`;
      let matched = 0;
      for (const filter of [
        { search: "mercenaries" },
        { search: "ceasefire -oil" },
        { search: '"foreign support" or embargo' },
        { actor },
        { actor, search: "forces" },
        { topic: "FOREIGN_BACKING" },
        { topic: "FOREIGN_BACKING", stance: "DENIES" },
        { stance: "DENIES" },
        { attributionKind: "SELF" },
        { topic: "FOREIGN_BACKING", attributionKind: "UNATTRIBUTED", status: ["PUBLISHED", "APPROVED"] },
        { status: ["DRAFT"] },
        { source: "Reuters", publishedAfter: "2024-01-01T00:00:00.000Z" },
        { publishedBefore: "2024-06-01T00:00:00.000Z" },
      ]) {
        for (const who of ["reader", "editor"] as const) {
          let after: string | null = null;
          for (let page = 0; page < 2; page++) {
            const forward = await both(query, { filter, first: 4, after }, who);
            expectPlanned(forward);
            matched += forward.result.data!.articles.edges.length;
            after = forward.result.data!.articles.pageInfo.endCursor;
          }
          expectPlanned(await both(query, { filter, last: 3, before: after }, who));
        }
        expectPlanned(await both(query, { filter, first: 5, orderBy: { field: "TITLE", direction: "ASC" } }));
      }
      expect(matched).toBeGreaterThan(40);
    });

    it("filters and searches the annotation lists, paging by relevance with either path's cursors", async () => {
      const { actors, articles } = await planned.ok(
        `{ actors(first: 3) { edges { node { id } } } articles(first: 2) { edges { node { id } } } }`,
      );
      const actor = actors.edges[0].node.id;
      const article = articles.edges[1].node.id;
      let matched = 0;
      for (const root of ["quotes", "claims", "annotations"]) {
        const query = `query ($filter: AnnotationFilter, $orderBy: AnnotationOrder, $first: Int, $last: Int, $after: String, $before: String) {
          ${root}(filter: $filter, orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { __typename id } } } }`;
        for (const filter of [
          { search: "mercenaries or forces" },
          { search: "support -foreign", stance: "DENIES" },
          { actor },
          { subject: actor, topic: "FOREIGN_BACKING" },
          { counterpart: actor },
          { article, status: ["PUBLISHED", "DRAFT"] },
          { attributionKind: "SELF", publishedAfter: "2024-01-01T00:00:00.000Z" },
          { kind: "QUOTE", publishedBefore: "2025-01-01T00:00:00.000Z" },
        ]) {
          for (const who of ["reader", "editor"] as const) {
            const first = await both(query, { filter, first: 3 }, who);
            expectPlanned(first);
            matched += first.result.data![root].edges.length;
            const after = first.result.data![root].pageInfo.endCursor;
            expectPlanned(await both(query, { filter, first: 3, after }, who));
            expectPlanned(await both(query, { filter, last: 2, before: after }, who));
          }
        }
      }
      expect(matched).toBeGreaterThan(60);
    });

    it("lists quotes, claims, annotations and topics in text or creation order", async () => {
      expectPlanned(
        await both(`{
          quotes(first: 7) { totalCount edges { cursor node { exact article { title } } } }
          claims(first: 7, orderBy: { field: CREATED_AT, direction: DESC }) { edges { cursor node { exact } } }
          annotations(last: 9) { pageInfo { startCursor hasPreviousPage } edges { node { __typename id } } }
          topics { totalCount edges { cursor node { id key label } } }
        }`),
      );
    });

    it("shows editors every state and the note, readers published work only", async () => {
      const query = `{ articles(first: 40) { edges { node { annotations(first: 100) { totalCount edges { node { status note } } } } } } }`;
      expectPlanned(await both(query, {}, "editor"));
      const reader = await both(
        `{ articles(first: 40) { edges { node { annotations(first: 100) { totalCount edges { node { status } } } } } } }`,
      );
      expectPlanned(reader);
      const statuses = reader.result.data!.articles.edges.flatMap((edge: any) =>
        edge.node.annotations.edges.map((annotation: any) => annotation.node.status),
      );
      expect(new Set(statuses)).toEqual(new Set(["PUBLISHED"]));
    });
  });

  describe("what the resolvers answer", () => {
    it("leaves to the resolvers a field the viewer may not read, with the same error", async () => {
      const run = await both(`{ quotes(first: 2) { edges { node { note } } } }`);
      expect(run.read).toBe("resolvers");
      expect(run.result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("leaves to the resolvers arguments they refuse, with the same error", async () => {
      for (const [query, code] of [
        [`{ articles(first: 101) { edges { cursor } } }`, "BAD_USER_INPUT"],
        [`{ articles(after: "bm9wZQ") { edges { cursor } } }`, "INVALID_CURSOR"],
        [`{ article(id: "nope") { id } }`, "INVALID_ID"],
        [`{ articles(first: 1, last: 1) { edges { cursor } } }`, "BAD_USER_INPUT"],
        [`{ articles(orderBy: { field: RELEVANCE }) { edges { cursor } } }`, "BAD_USER_INPUT"],
        [`{ quotes(orderBy: { field: RELEVANCE }) { edges { cursor } } }`, "BAD_USER_INPUT"],
        [`{ claims(filter: { subject: "QXJ0aWNsZTox" }) { edges { cursor } } }`, "INVALID_ID"],
        [`{ articles(filter: { actor: "QXJ0aWNsZTox" }) { edges { cursor } } }`, "INVALID_ID"],
        // Input validation (class-validator and the text rule) applies to planned arguments too.
        [`{ articles(filter: { search: "${"x".repeat(501)}" }) { edges { cursor } } }`, "BAD_USER_INPUT"],
        [`{ articles(filter: { source: "nul\\u0000" }) { edges { cursor } } }`, "BAD_USER_INPUT"],
      ] as const) {
        const run = await both(query);
        expect(run.read).toBe("resolvers");
        expect(run.result.errors?.[0]?.extensions?.code).toBe(code);
      }
    });

    it("leaves to the resolvers fields outside the read model", async () => {
      const run = await both(`{ articles(first: 2) { edges { node { title events: __typename } } } me { id } }`);
      expect(run.read).toBe("resolvers");
    });
  });
});
