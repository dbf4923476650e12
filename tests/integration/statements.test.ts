import { writeCorpus } from "../../src/modules/ingest/corpus.service";
import { seedDatabase } from "../../src/modules/ingest/seed.service";
import type { TestDatabase } from "../support/database";
import { countReads, createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";

/**
 * What each request costs PostgreSQL: statements sent and rows returned to the server.
 *
 * Reads: every edge of the public graph, asked at two page sizes, is answered in one statement
 * that returns one row (the whole response, built as JSON inside PostgreSQL), whatever the page
 * size or the number of children. Writes: an edit of the annotation's own fields and a workflow
 * move are three statements, the session read included (the bound is six).
 */
describe("statements and rows per request", () => {
  let db: TestDatabase;
  let api: TestApi;
  let editor: TestUser;
  let ids: { article: string; actor: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    await writeCorpus(db.prisma, { articles: 30, seed: 3 });
    await seedDatabase(db.prisma);
    editor = await api.user("ANNOTATOR");
    // The article and the actor with the most claims, so that a larger page is a larger answer.
    const { articles, actors } = await api.ok(`{
      articles(first: 30) { edges { node { id claims { totalCount } } } }
      actors(first: 100) { edges { node { id claimsAbout { totalCount } } } }
    }`);
    const most = (edges: any[], count: (node: any) => number) =>
      edges.reduce((best, edge) => (count(edge.node) > count(best.node) ? edge : best)).node.id;
    ids = {
      article: most(articles.edges, (node) => node.claims.totalCount),
      actor: most(actors.edges, (node) => node.claimsAbout.totalCount),
    };
  });
  afterAll(() => db.drop());

  const CLAIM = `id exact stance attributionText attributionKind topic { key label } subject { name aliases }
    claimant { name } counterparts { name } quote { exact speaker { name } } article { title }`;
  const QUOTE = `id exact speakerText quoteKind speaker { name } article { title publishedAt }
    claims(first: 5) { totalCount edges { node { id } } }`;

  /**
   * One query per edge of the public graph; `$n` is the page size of the outer list (of the edge
   * itself under `article` and `actor`), nested pages are 5.
   */
  const EDGES: Record<string, string> = {
    "Query.articles, Article.quotes/claims/annotations/actors/retractions": `query ($n: Int!) {
      articles(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
        title quotes(first: 5) { edges { node { ${QUOTE} } } }
        claims(first: 5, topic: "FOREIGN_BACKING") { totalCount edges { node { ${CLAIM} } } }
        annotations(first: 5) { edges { node { __typename id ... on Quote { speakerText } } } }
        actors(first: 5) { totalCount edges { node { name } } }
        retractions { id kind reason }
      } } } }`,
    "Query.article": `query ($n: Int!, $id: ID!) {
      article(id: $id) { title body claims(first: $n) { edges { node { ${CLAIM} } } } } }`,
    "Query.actors, Actor.quotes/claimsMade/claimsAbout/claimsAsCounterpart": `query ($n: Int!) {
      actors(first: $n) { edges { node {
        name aliases
        quotes(first: 5) { edges { node { exact } } }
        claimsMade(first: 5) { totalCount edges { node { exact } } }
        claimsAbout(first: 5) { totalCount edges { node { exact article { title } } } }
        claimsAsCounterpart(first: 5) { totalCount edges { node { exact } } }
      } } } }`,
    "Query.actor": `query ($n: Int!, $id: ID!) {
      actor(id: $id) { name claimsAbout(first: $n) { edges { node { ${CLAIM} } } } } }`,
    "Query.quotes, Quote.*": `query ($n: Int!) { quotes(first: $n) { edges { node { ${QUOTE} } } } }`,
    "Query.claims, Claim.*": `query ($n: Int!) { claims(first: $n, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges { node { ${CLAIM} } } } }`,
    "Query.annotations": `query ($n: Int!) { annotations(last: $n) { edges { node { __typename
      ... on Quote { ${QUOTE} } ... on Claim { ${CLAIM} } } } } }`,
    "Query.articles(filter: { search, actor, topic })": `query ($n: Int!) {
      articles(first: $n, filter: { search: "forces or mercenaries", topic: "FOREIGN_BACKING" }) {
        totalCount edges { node { title claims(first: 5) { edges { node { ${CLAIM} } } } } } } }`,
    "Query.topics": `query ($n: Int!) { topics(first: $n) { totalCount edges { node { key label description } } } }`,
  };

  it.each(Object.entries(EDGES))("%s: one statement, one row, at 2 and at 25 per page", async (_edge, query) => {
    const variables = (n: number) => ({ n, id: query.includes("article(id") ? ids.article : ids.actor });
    let small: any;
    let large: any;
    const few = await countReads(db, async () => (small = await api.ok(query, variables(2))));
    const many = await countReads(db, async () => (large = await api.ok(query, variables(25))));
    expect(few).toEqual({ statements: 1, rows: 1 });
    expect(many).toEqual({ statements: 1, rows: 1 });
    // The larger page really is larger: the bound is not an empty answer.
    expect(JSON.stringify(large).length).toBeGreaterThan(JSON.stringify(small).length);
  });

  it("search: at most four statements at 2 and at 25 results (the ranked page, its count, one batched load per kind)", async () => {
    const query = `query ($n: Int!) { search(query: "forces or support or mercenaries", first: $n) {
      totalCount edges { relevance snippet { html } node { __typename ... on Article { title } ... on Claim { exact } ... on Quote { exact } } } } }`;
    for (const n of [2, 25]) {
      let result: any;
      const reads = await countReads(db, async () => (result = await api.ok(query, { n })));
      expect(result.search.edges.length).toBe(n);
      expect(reads.statements).toBeLessThanOrEqual(4);
      // The page's rows, a count, and the results themselves: not every match.
      expect(reads.rows).toBeLessThanOrEqual(2 * n + 2);
    }
  });

  it("a signed-in editor's read adds only the session check", async () => {
    const query = EDGES["Query.articles, Article.quotes/claims/annotations/actors/retractions"]!;
    const reads = await countReads(db, () => api.as(editor.token).ok(query, { n: 10 }));
    expect(reads.statements).toBe(2);
  });

  it("an edit and a move are three statements: the session, the state, the versioned write with its history event", async () => {
    const created = await api
      .as(editor.token)
      .ok(
        `mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { quote { id version } errors { code } } }`,
        { input: { articleId: ids.article, start: 0, end: 5 } },
      );
    const quote = created.createQuote.quote;
    const edit = () =>
      api.as(editor.token).ok(
        `mutation ($input: UpdateAnnotationInput!) {
           updateAnnotation(input: $input) { annotation { id version note } errors { code } } }`,
        { input: { id: quote.id, expectedVersion: quote.version, note: "checked against the wire copy" } },
      );
    let result: any;
    const reads = await countReads(db, async () => (result = await edit()));
    expect(result.updateAnnotation).toEqual({
      annotation: { id: quote.id, version: quote.version + 1, note: "checked against the wire copy" },
      errors: [],
    });
    expect(reads.statements).toBe(3);

    const move = await countReads(db, () =>
      api.as(editor.token).ok(
        `mutation ($input: TransitionAnnotationInput!) {
           transitionAnnotation(input: $input) { annotation { status version } errors { code } } }`,
        { input: { id: quote.id, expectedVersion: quote.version + 1, to: "IN_REVIEW" } },
      ),
    );
    expect(move.statements).toBe(3);
  });
});
