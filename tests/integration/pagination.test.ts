import { makeActor, makeArticle, makeClaim, makeTopic } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";

const ARTICLES = `query ($first: Int, $after: String, $last: Int, $before: String, $order: ArticleOrder) {
  articles(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
    edges { cursor node { title } }
    pageInfo { hasNextPage hasPreviousPage }
  }
}`;

describe("pagination", () => {
  let db: TestDatabase;
  let api: TestApi;
  const titles = (data: any) => data.articles.edges.map((e: any) => e.node.title);
  const cursorOf = (data: any, title: string) => data.articles.edges.find((e: any) => e.node.title === title).cursor;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    // Five dated articles and two without a date (those sort last, in either direction).
    for (const [i, title] of ["A", "B", "C", "D", "E"].entries()) {
      await makeArticle(db.prisma, { title, publishedAt: new Date(Date.UTC(2024, 0, 1 + i)) });
    }
    for (const title of ["X", "Y"]) {
      const article = await makeArticle(db.prisma, { title });
      await db.prisma.article.update({ where: { id: article.id }, data: { publishedAt: null } });
    }
  });
  afterAll(() => db.drop());

  describe("articles by PUBLISHED_AT", () => {
    it("walks forward page by page through dated and undated articles without gaps or repeats", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: any = await api.ok(ARTICLES, { first: 2, after });
        seen.push(...titles(data));
        if (!data.articles.pageInfo.hasNextPage) break;
        after = data.articles.edges[data.articles.edges.length - 1].cursor;
      }
      expect(seen.slice(0, 5)).toEqual(["E", "D", "C", "B", "A"]);
      expect(seen.slice(5).sort()).toEqual(["X", "Y"]);
    });

    it("walks backward with last/before to the same sequence", async () => {
      const all = titles(await api.ok(ARTICLES, { first: 100 }));
      const seen: string[] = [];
      let before: string | null = null;
      for (;;) {
        const data: any = await api.ok(ARTICLES, { last: 3, before });
        seen.unshift(...titles(data));
        if (!data.articles.pageInfo.hasPreviousPage) break;
        before = data.articles.edges[0].cursor;
      }
      expect(seen).toEqual(all);
    });

    it("applies after and before together", async () => {
      const all = await api.ok(ARTICLES, { first: 100 });
      const data = await api.ok(ARTICLES, { after: cursorOf(all, "D"), before: cursorOf(all, "A") });
      expect(titles(data)).toEqual(["C", "B"]);
      const last = await api.ok(ARTICLES, { last: 1, after: cursorOf(all, "D"), before: cursorOf(all, "A") });
      expect(titles(last)).toEqual(["B"]);
      expect(last.articles.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    });

    it("continues correctly after the cursor's own row is gone", async () => {
      const article = await makeArticle(db.prisma, { title: "gone", publishedAt: new Date(Date.UTC(2024, 0, 3, 12)) });
      const all = await api.ok(ARTICLES, { first: 100 });
      expect(titles(all).slice(0, 4)).toEqual(["E", "D", "gone", "C"]);
      const cursor = cursorOf(all, "gone");
      await db.prisma.article.delete({ where: { id: article.id } });
      expect(titles(await api.ok(ARTICLES, { first: 2, after: cursor }))).toEqual(["C", "B"]);
    });

    it("refuses a cursor issued for another order", async () => {
      const byTitle = await api.ok(ARTICLES, { first: 1, order: { field: "TITLE", direction: "ASC" } });
      const result = await api.run(ARTICLES, { first: 1, after: byTitle.articles.edges[0].cursor });
      expect(result.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
    });
  });

  describe("nested edges", () => {
    it("page in memory with the same cursor rules", async () => {
      const article = await makeArticle(db.prisma, { title: "nested" });
      const topic = await makeTopic(db.prisma);
      const subject = await makeActor(db.prisma);
      for (let start = 0; start < 5; start++) {
        await makeClaim(db.prisma, article, { subjectId: subject.id, topicId: topic.id, start, end: start + 3 });
      }
      const query = `query ($id: ID!, $after: String, $before: String) {
        article(id: $id) { claims(first: 2, after: $after, before: $before) { edges { cursor node { start } } pageInfo { hasNextPage hasPreviousPage } } }
      }`;
      const first = await api.ok(query, { id: article.gid });
      expect(first.article.claims.edges.map((e: any) => e.node.start)).toEqual([0, 1]);
      const second = await api.ok(query, { id: article.gid, after: first.article.claims.edges[1].cursor });
      expect(second.article.claims.edges.map((e: any) => e.node.start)).toEqual([2, 3]);
      expect(second.article.claims.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    });
  });
});

describe("text search", () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    await makeArticle(db.prisma, {
      title: "Turnout reached 50% in a_b county",
      body: "Turnout reached 50% in a_b county.",
    });
    await makeArticle(db.prisma, { title: "Quiet day", body: "Nothing happened." });
  });
  afterAll(() => db.drop());

  describe("articles(filter: { search })", () => {
    // The search is words: punctuation and tsquery operators are never syntax errors, and a
    // search with no word in it matches nothing.
    it.each([
      ["50%", 1],
      ["a_b county", 1],
      ["%", 0],
      ["5_%", 0],
      ["turnout & | ! :* (", 1],
      ['"unclosed phrase', 0],
      ["\\'", 0],
    ])("takes %p as words, never as syntax", async (search, count) => {
      const data = await api.ok("query ($s: String) { articles(filter: { search: $s }) { totalCount } }", {
        s: search,
      });
      expect(data.articles.totalCount).toBe(count);
    });
  });
});

describe("cursors under concurrent inserts", () => {
  let db: TestDatabase;
  let api: TestApi;
  const day = (d: number, hour = 0) => new Date(Date.UTC(2024, 0, d, hour));

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    for (const [i, title] of ["A", "B", "C", "D", "E"].entries()) {
      await makeArticle(db.prisma, { title, publishedAt: day(1 + i) });
    }
  });
  afterAll(() => db.drop());

  it("continues after its last row: rows inserted before it are not repeated, those after it appear once", async () => {
    const titles = (data: any) => data.articles.edges.map((e: any) => e.node.title);
    const first: any = await api.ok(ARTICLES, { first: 2 });
    expect(titles(first)).toEqual(["E", "D"]);
    // Inserted while the client reads page one: one sorts before its cursor, one after it, one at its very date.
    await makeArticle(db.prisma, { title: "newest", publishedAt: day(9) });
    await makeArticle(db.prisma, { title: "between D and C", publishedAt: day(3, 12) });
    await makeArticle(db.prisma, { title: "same date as D", publishedAt: day(4) });
    const rest: string[] = [];
    let after: string | null = first.articles.edges.at(-1).cursor;
    for (;;) {
      const page: any = await api.ok(ARTICLES, { first: 2, after });
      rest.push(...titles(page));
      if (!page.articles.pageInfo.hasNextPage) break;
      after = page.articles.edges.at(-1).cursor;
    }
    // Ties on the date are broken by id (newer ids first, descending), so the later insert at D's date sorts before D.
    expect(rest).toEqual(["between D and C", "C", "B", "A"]);
  });
});
