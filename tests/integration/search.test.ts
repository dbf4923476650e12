import { seedDatabase } from "../../src/modules/ingest/seed.service";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { errorCodes } from "../support/expect";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { makeActor, makeArticle, makeClaim, makeTopic } from "../factories";

/**
 * search(query:) across articles, quotes and claims, and `search` in the quote and claim lists:
 * full-text matches in any inflection, ranked, with highlighted snippets, under the viewer's row
 * rules (a reader never finds unpublished work).
 */
describe("search", () => {
  let db: TestDatabase;
  let api: TestApi;
  let editor: TestUser;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    await seedDatabase(db.prisma);
    editor = await api.user("REVIEWER");
    // A draft claim about mercenaries (editors find it, readers do not), in an article whose
    // text carries markup.
    const article = await makeArticle(db.prisma, {
      title: "Contractors <b>seen</b> near Sirte",
      body: 'Witnesses said foreign mercenaries arrived at dawn: "fewer than <20 & more than >5", <script>alert(1)</script>.',
    });
    const actor = await makeActor(db.prisma, { name: "Wagner Group" });
    const topic = await db.prisma.topic.findUnique({ where: { key: "FOREIGN_BACKING" } });
    await makeClaim(db.prisma, article, {
      subjectId: actor.id,
      topicId: topic?.id ?? (await makeTopic(db.prisma)).id,
      start: 0,
      end: 34,
      status: "DRAFT",
    });
  });
  afterAll(() => db.drop());

  const SEARCH = `query ($query: String!, $types: [SearchResultKind!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor relevance snippet { text html highlights { start end } }
              node { __typename ... on Article { title } ... on Claim { exact status } ... on Quote { exact } } } } }`;

  const highlighted = (edge: any) =>
    edge.snippet.highlights.map((range: any) => edge.snippet.text.slice(range.start, range.end).toLowerCase());

  it("finds the seed's claim about mercenaries, with the word highlighted", async () => {
    const { search } = await api.ok(SEARCH, { query: "mercenaries" });
    const claim = search.edges.find(
      (edge: any) =>
        edge.node.exact === "Haftar’s party is backed by Russian mercenaries, Egypt and the United Arab Emirates",
    );
    expect(claim.node.__typename).toBe("Claim");
    expect(highlighted(claim)).toEqual(["mercenaries"]);
    expect(claim.snippet.html).toContain("<mark>mercenaries</mark>");
    expect(claim.relevance).toBeGreaterThan(0);
    expect(claim.relevance).toBeLessThan(1);
    // The seed article itself, and nothing unpublished.
    expect(search.edges.map((edge: any) => edge.node.title).filter(Boolean)).toContain(
      "US delegate meets Libyan commander",
    );
    expect(search.edges.some((edge: any) => edge.node.status === "DRAFT")).toBe(false);
  });

  it("orders by relevance and pages with cursors, every result once", async () => {
    const all = (await api.ok(SEARCH, { query: "libya or libyan", first: 100 })).search;
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(3);
    const relevances = all.edges.map((edge: any) => edge.relevance);
    expect(relevances).toEqual([...relevances].sort((a, b) => b - a));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { search: page }: any = await api.ok(SEARCH, { query: "libya or libyan", first: 2, after });
      seen.push(...page.edges.map((edge: any) => edge.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge: any) => edge.cursor));
  });

  it("looks only in the kinds asked for", async () => {
    const { search } = await api.ok(SEARCH, { query: "officials", types: ["QUOTE"] });
    expect(search.edges.length).toBeGreaterThan(0);
    expect(new Set(search.edges.map((edge: any) => edge.node.__typename))).toEqual(new Set(["Quote"]));
  });

  it("shows editors unpublished work, and escapes the article's markup in the HTML", async () => {
    const { search } = await editor.api.ok(SEARCH, { query: "mercenaries" });
    const draft = search.edges.find((edge: any) => edge.node.status === "DRAFT");
    expect(draft.node.exact).toBe("Witnesses said foreign mercenaries");
    const article = search.edges.find((edge: any) => edge.node.title === "Contractors <b>seen</b> near Sirte");
    expect(article.snippet.text).toContain("fewer than <20 &");
    expect(article.snippet.html).toContain("fewer than &lt;20 &amp;");
    // ts_headline leaves tag-like text out of its passages; none reaches the HTML unescaped.
    expect(article.snippet.html).not.toMatch(/<(?!\/?mark>)/);
  });

  it("searches the quote and claim lists by words in any inflection", async () => {
    const claims = await api.ok(`{ claims(filter: { search: "mercenary" }) { edges { node { exact } } } }`);
    expect(claims.claims.edges.map((edge: any) => edge.node.exact).sort()).toEqual([
      "Haftar’s party is backed by Russian mercenaries, Egypt and the United Arab Emirates",
      "There are no Russian mercenaries in our ranks",
    ]);
    const quotes = await api.ok(`{ quotes(filter: { search: "\\"frank discussions\\"" }) { totalCount } }`);
    expect(quotes.quotes.totalCount).toBe(1);
    const ordered = await api.ok(
      `{ annotations(filter: { search: "officials" }, orderBy: { field: RELEVANCE, direction: DESC }) { totalCount } }`,
    );
    expect(ordered.annotations.totalCount).toBeGreaterThan(1);
  });

  it("refuses an empty or oversized query, and RELEVANCE without a search, with BAD_USER_INPUT", async () => {
    expect(errorCodes(await api.run(SEARCH, { query: "" }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await api.run(SEARCH, { query: "x".repeat(501) }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await api.run(`{ claims(orderBy: { field: RELEVANCE }) { totalCount } }`))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });

  it("matches nothing, without an error, for a query of stop words or punctuation", async () => {
    for (const query of ["the", "%", "!&|"]) {
      const { search } = await api.ok(SEARCH, { query });
      expect(search.totalCount).toBe(0);
    }
  });
});
