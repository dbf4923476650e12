import type { AnnotationStatus } from "../../src/generated/prisma/enums";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { makeActor, makeArticle, makeClaim, makeQuote, makeTopic } from "../factories";
import type { TestDatabase } from "../support/database";
import { countStatements, createTestDatabase } from "../support/database";
import { errorCodes } from "../support/expect";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";

/** The read side of the API, always as an anonymous reader (who sees PUBLISHED annotations only). */

const ALL_STATUSES: AnnotationStatus[] = [
  "SUGGESTED",
  "DRAFT",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "PUBLISHED",
  "REJECTED",
  "RETRACTED",
];
const UNPUBLISHED = ALL_STATUSES.filter((status) => status !== "PUBLISHED");

/** start/end of the one occurrence of `phrase` in `body`. */
function span(body: string, phrase: string): { start: number; end: number } {
  const start = body.indexOf(phrase);
  if (start < 0 || body.indexOf(phrase, start + 1) >= 0) throw new Error(`"${phrase}" must occur exactly once`);
  return { start, end: start + phrase.length };
}

const edgeIds = (connection: { edges: { node: { id: string } }[] }): string[] => connection.edges.map((e) => e.node.id);
const names = (actors: { name: string }[]): string[] => actors.map((a) => a.name);

/** Visible annotations in POSITION order: by article id, then start. */
function byPosition<T extends { articleId: string; start: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
}

const NODE = `query ($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Article { title }
    ... on Actor { name }
    ... on Topic { key }
    ... on Quote { exact status }
    ... on Claim { stance status }
  }
}`;

describe("node", () => {
  let db: TestDatabase;
  let api: TestApi;
  const fixtures: Record<string, { gid: string; fields: Record<string, unknown> }> = {};
  let draftQuoteGid: string;
  let quoteDbId: string;
  let claimDbId: string;
  let actorGid: string;
  let articleGid: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    const article = await makeArticle(db.prisma, { title: "Node article" });
    const actor = await makeActor(db.prisma, { name: "Node Actor" });
    const topic = await makeTopic(db.prisma, "FOREIGN_BACKING");
    const quote = await makeQuote(db.prisma, article, { start: 0, end: 10, speakerId: actor.id });
    const claim = await makeClaim(db.prisma, article, {
      start: 20,
      end: 30,
      subjectId: actor.id,
      topicId: topic.id,
      stance: "DENIES",
    });
    const draft = await makeQuote(db.prisma, article, { start: 40, end: 50, status: "DRAFT" });
    fixtures.Article = { gid: article.gid, fields: { title: "Node article" } };
    fixtures.Actor = { gid: actor.gid, fields: { name: "Node Actor" } };
    fixtures.Topic = { gid: topic.gid, fields: { key: "FOREIGN_BACKING" } };
    fixtures.Quote = { gid: quote.gid, fields: { exact: article.body.slice(0, 10), status: "PUBLISHED" } };
    fixtures.Claim = { gid: claim.gid, fields: { stance: "DENIES", status: "PUBLISHED" } };
    draftQuoteGid = draft.gid;
    quoteDbId = quote.id;
    claimDbId = claim.id;
    actorGid = actor.gid;
    articleGid = article.gid;
  });
  afterAll(() => db.drop());

  describe("node(id:)", () => {
    it.each(["Article", "Actor", "Topic", "Quote", "Claim"])("returns the %s with the id asked for", async (type) => {
      const { gid, fields } = fixtures[type];
      const data = await api.ok(NODE, { id: gid });
      expect(data.node).toEqual({ __typename: type, id: gid, ...fields });
    });

    it("returns null for an unpublished (DRAFT) quote", async () => {
      const result = await api.run(NODE, { id: draftQuoteGid });
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toBeNull();
    });

    it("returns null when the id's type does not match the row (a quote's id as a Claim, a claim's as a Quote)", async () => {
      expect((await api.ok(NODE, { id: toGlobalId("Claim", quoteDbId) })).node).toBeNull();
      expect((await api.ok(NODE, { id: toGlobalId("Quote", claimDbId) })).node).toBeNull();
    });

    it("returns null for malformed ids, unknown types and ids naming no row", async () => {
      for (const id of [
        "not-a-global-id",
        "",
        toGlobalId("Article", "42"),
        toGlobalId("Widget", "018f0000-0000-7000-8000-000000000000"),
        toGlobalId("Article", "018f0000-0000-7000-8000-000000000000"),
      ]) {
        const result = await api.run(NODE, { id });
        expect(result.errors).toBeUndefined();
        expect(result.data?.node).toBeNull();
      }
    });
  });

  describe("article(id:)", () => {
    const ARTICLE = `query ($id: ID!) { article(id: $id) { id title } }`;

    it("returns the article", async () => {
      expect((await api.ok(ARTICLE, { id: articleGid })).article).toEqual({ id: articleGid, title: "Node article" });
    });

    it("returns null for an Article id naming no row", async () => {
      const result = await api.run(ARTICLE, { id: toGlobalId("Article", "018f0000-0000-7000-8000-000000000000") });
      expect(result.errors).toBeUndefined();
      expect(result.data?.article).toBeNull();
    });

    it("refuses the id of another type with INVALID_ID", async () => {
      const result = await api.run(ARTICLE, { id: actorGid });
      expect(errorCodes(result)).toEqual(["INVALID_ID"]);
      expect(result.data?.article).toBeNull();
    });

    it("refuses a malformed id with INVALID_ID", async () => {
      expect(errorCodes(await api.run(ARTICLE, { id: "garbage" }))).toEqual(["INVALID_ID"]);
    });
  });
});

describe("articles", () => {
  let db: TestDatabase;
  let api: TestApi;
  /** By publication month: a[0] January … a[4] May. */
  const a: { gid: string; title: string }[] = [];
  let actorGid: string;
  let hiddenActorGid: string;

  const ARTICLES = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: ArticleFilter, $orderBy: ArticleOrder) {
    articles(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id title } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const titles = async (variables: Record<string, unknown>) => {
    const { articles } = await api.ok(ARTICLES, variables);
    expect(articles.totalCount).toBe(articles.edges.length);
    return articles.edges.map((e: any) => e.node.title);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    const specs = [
      { title: "Delta", month: "01", source: "Reuters", body: "A CEASEFIRE was agreed in January." },
      { title: "Alpha", month: "02", source: "AP", body: "Talks stalled in February." },
      { title: "Echo", month: "03", source: "Reuters", body: "Shelling resumed in March." },
      { title: "Bravo", month: "04", source: "AFP", body: "Delegations met in April." },
      { title: "Charlie", month: "05", source: "AP", body: "A new round opened in May." },
    ];
    const rows = [];
    for (const spec of specs) {
      const row = await makeArticle(db.prisma, {
        title: spec.title,
        body: spec.body,
        source: spec.source,
        publishedAt: new Date(`2024-${spec.month}-01T00:00:00Z`),
      });
      rows.push(row);
      a.push({ gid: row.gid, title: spec.title });
    }
    const actor = await makeActor(db.prisma, { name: "Filtered Actor" });
    const other = await makeActor(db.prisma, { name: "Other Actor" });
    const hidden = await makeActor(db.prisma, { name: "Hidden Actor" });
    actorGid = actor.gid;
    hiddenActorGid = hidden.gid;
    const backing = await makeTopic(db.prisma, "FOREIGN_BACKING");
    // January: a published quote by the actor.
    await makeQuote(db.prisma, rows[0], { speakerId: actor.id });
    // February: only a DRAFT quote by the actor (and a draft claim on the topic): does not count.
    await makeQuote(db.prisma, rows[1], { speakerId: actor.id, status: "DRAFT" });
    await makeClaim(db.prisma, rows[1], { subjectId: other.id, topicId: backing.id, status: "DRAFT" });
    // March: a published claim naming the actor as counterpart, asserting foreign backing.
    await makeClaim(db.prisma, rows[2], { subjectId: other.id, counterpartIds: [actor.id], topicId: backing.id });
    // April: a published claim made by the actor, denying foreign backing.
    await makeClaim(db.prisma, rows[3], {
      subjectId: other.id,
      claimantId: actor.id,
      topicId: backing.id,
      stance: "DENIES",
    });
    // May: an APPROVED (unpublished) claim on the topic, naming the hidden actor.
    await makeClaim(db.prisma, rows[4], { subjectId: hidden.id, topicId: backing.id, status: "APPROVED" });
  });
  afterAll(() => db.drop());

  describe("paging", () => {
    it("pages forward with first/after, newest first by default", async () => {
      const page1 = (await api.ok(ARTICLES, { first: 2 })).articles;
      expect(page1.edges.map((e: any) => e.node.title)).toEqual(["Charlie", "Bravo"]);
      expect(page1.totalCount).toBe(5);
      expect(page1.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: page1.edges[0].cursor,
        endCursor: page1.edges[1].cursor,
      });

      const page2 = (await api.ok(ARTICLES, { first: 2, after: page1.pageInfo.endCursor })).articles;
      expect(page2.edges.map((e: any) => e.node.title)).toEqual(["Echo", "Alpha"]);
      expect(page2.totalCount).toBe(5);
      expect(page2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

      const page3 = (await api.ok(ARTICLES, { first: 2, after: page2.pageInfo.endCursor })).articles;
      expect(page3.edges.map((e: any) => e.node.title)).toEqual(["Delta"]);
      expect(page3.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: page3.edges[0].cursor,
        endCursor: page3.edges[0].cursor,
      });
    });

    it("pages backward with last/before", async () => {
      const tail = (await api.ok(ARTICLES, { last: 2 })).articles;
      expect(tail.edges.map((e: any) => e.node.title)).toEqual(["Alpha", "Delta"]);
      expect(tail.totalCount).toBe(5);
      expect(tail.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: tail.edges[0].cursor,
        endCursor: tail.edges[1].cursor,
      });

      const before = (await api.ok(ARTICLES, { last: 2, before: tail.pageInfo.startCursor })).articles;
      expect(before.edges.map((e: any) => e.node.title)).toEqual(["Bravo", "Echo"]);
      expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

      const head = (await api.ok(ARTICLES, { last: 2, before: before.pageInfo.startCursor })).articles;
      expect(head.edges.map((e: any) => e.node.title)).toEqual(["Charlie"]);
      expect(head.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    });

    it("gives cursors that lead back to the same items", async () => {
      const all = (await api.ok(ARTICLES, { first: 5 })).articles;
      const third = all.edges[2];
      const after = (await api.ok(ARTICLES, { first: 1, after: third.cursor })).articles;
      expect(after.edges[0].node.title).toBe(all.edges[3].node.title);
      const before = (await api.ok(ARTICLES, { last: 1, before: third.cursor })).articles;
      expect(before.edges[0].node.title).toBe(all.edges[1].node.title);
    });

    it("returns an empty page with null cursors for first: 0", async () => {
      const { articles } = await api.ok(ARTICLES, { first: 0 });
      expect(articles.edges).toEqual([]);
      expect(articles.totalCount).toBe(5);
      expect(articles.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: null,
        endCursor: null,
      });
    });

    it("refuses first and last together with BAD_USER_INPUT", async () => {
      const result = await api.run(ARTICLES, { first: 1, last: 1 });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.data).toBeNull();
    });

    it("refuses a page size over 100 (and a negative one) with BAD_USER_INPUT", async () => {
      expect(errorCodes(await api.run(ARTICLES, { first: 500 }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await api.run(ARTICLES, { last: 101 }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await api.run(ARTICLES, { first: -1 }))).toEqual(["BAD_USER_INPUT"]);
    });

    it("refuses a cursor it did not issue with INVALID_CURSOR", async () => {
      expect(errorCodes(await api.run(ARTICLES, { first: 1, after: "not-a-cursor" }))).toEqual(["INVALID_CURSOR"]);
      expect(errorCodes(await api.run(ARTICLES, { last: 1, before: "not-a-cursor" }))).toEqual(["INVALID_CURSOR"]);
      const forged = Buffer.from("cursor:1234", "utf8").toString("base64url");
      expect(errorCodes(await api.run(ARTICLES, { first: 1, after: forged }))).toEqual(["INVALID_CURSOR"]);
    });
  });

  describe("orderBy", () => {
    it("orders by PUBLISHED_AT ascending and descending", async () => {
      expect(await titles({ orderBy: { field: "PUBLISHED_AT", direction: "ASC" } })).toEqual([
        "Delta",
        "Alpha",
        "Echo",
        "Bravo",
        "Charlie",
      ]);
      expect(await titles({ orderBy: { field: "PUBLISHED_AT", direction: "DESC" } })).toEqual([
        "Charlie",
        "Bravo",
        "Echo",
        "Alpha",
        "Delta",
      ]);
    });

    it("orders by TITLE, descending by default", async () => {
      expect(await titles({ orderBy: { field: "TITLE", direction: "ASC" } })).toEqual([
        "Alpha",
        "Bravo",
        "Charlie",
        "Delta",
        "Echo",
      ]);
      expect(await titles({ orderBy: { field: "TITLE" } })).toEqual(["Echo", "Delta", "Charlie", "Bravo", "Alpha"]);
    });

    it("pages in the requested order", async () => {
      const orderBy = { field: "TITLE", direction: "ASC" };
      const first = (await api.ok(ARTICLES, { first: 2, orderBy })).articles;
      const next = (await api.ok(ARTICLES, { first: 2, after: first.pageInfo.endCursor, orderBy })).articles;
      expect(next.edges.map((e: any) => e.node.title)).toEqual(["Charlie", "Delta"]);
    });
  });

  describe("filter", () => {
    it("search matches words of the title or body, ignoring case and inflection", async () => {
      expect(await titles({ filter: { search: "ceasefire" } })).toEqual(["Delta"]);
      expect(await titles({ filter: { search: "BRAVO" } })).toEqual(["Bravo"]);
      // English stems: "shelled" finds "Shelling", "opening" finds "opened".
      expect(await titles({ filter: { search: "shelled" } })).toEqual(["Echo"]);
      expect(await titles({ filter: { search: "opening" } })).toEqual(["Charlie"]);
      expect(await titles({ filter: { search: "nothing like this" } })).toEqual([]);
    });

    it("search takes web-search syntax: phrases, or, and -exclusions", async () => {
      expect(await titles({ filter: { search: '"round opened"' } })).toEqual(["Charlie"]);
      expect(await titles({ filter: { search: '"opened round"' } })).toEqual([]);
      expect((await titles({ filter: { search: "shelling or round" } })).sort()).toEqual(["Charlie", "Echo"]);
      expect(await titles({ filter: { search: "shelling -march" } })).toEqual([]);
    });

    it("search matches each article in its own language: every word must occur, and -word excludes", async () => {
      // "war" is a German stop word and "shelling" stems differently without English rules: parsed
      // in every language at once, these matched Echo ("Shelling resumed in March.").
      expect(await titles({ filter: { search: "war shelling" } })).toEqual([]);
      expect(await titles({ filter: { search: "march -shelling" } })).toEqual([]);
      expect(await titles({ filter: { search: "march shelling" } })).toEqual(["Echo"]);
    });

    it("source is an exact outlet name", async () => {
      expect(await titles({ filter: { source: "Reuters" } })).toEqual(["Echo", "Delta"]);
      expect(await titles({ filter: { source: "AP" } })).toEqual(["Charlie", "Alpha"]);
      expect(await titles({ filter: { source: "reuters" } })).toEqual([]);
    });

    it("publishedAfter is inclusive and publishedBefore exclusive", async () => {
      const filter = { publishedAfter: "2024-02-01T00:00:00.000Z", publishedBefore: "2024-04-01T00:00:00.000Z" };
      expect(await titles({ filter })).toEqual(["Echo", "Alpha"]);
      expect(await titles({ filter: { publishedAfter: "2024-04-15T00:00:00.000Z" } })).toEqual(["Charlie"]);
      expect(await titles({ filter: { publishedBefore: "2024-01-01T00:00:00.001Z" } })).toEqual(["Delta"]);
    });

    it("actor finds articles with a PUBLISHED annotation naming the actor in any role", async () => {
      // Delta: speaker; Echo: counterpart; Bravo: claimant. Alpha's quote is only a DRAFT.
      expect(await titles({ filter: { actor: actorGid } })).toEqual(["Bravo", "Echo", "Delta"]);
      expect(await titles({ filter: { actor: hiddenActorGid } })).toEqual([]);
    });

    it("topic finds articles with a PUBLISHED claim on it; stance narrows it", async () => {
      expect(await titles({ filter: { topic: "FOREIGN_BACKING" } })).toEqual(["Bravo", "Echo"]);
      expect(await titles({ filter: { topic: "FOREIGN_BACKING", stance: "ASSERTS" } })).toEqual(["Echo"]);
      expect(await titles({ filter: { topic: "FOREIGN_BACKING", stance: "DENIES" } })).toEqual(["Bravo"]);
      expect(await titles({ filter: { topic: "NO_SUCH_TOPIC" } })).toEqual([]);
    });

    it("stance without a topic applies on its own (any topic)", async () => {
      expect(await titles({ filter: { stance: "ASSERTS" } })).toEqual(["Echo"]);
      expect(await titles({ filter: { stance: "DENIES" } })).toEqual(["Bravo"]);
    });

    it("combines conditions (all must hold)", async () => {
      expect(await titles({ filter: { actor: actorGid, source: "Reuters" } })).toEqual(["Echo", "Delta"]);
      expect(await titles({ filter: { actor: actorGid, topic: "FOREIGN_BACKING", source: "AFP" } })).toEqual(["Bravo"]);
    });

    it("refuses an actor filter that is not an Actor id with INVALID_ID", async () => {
      expect(errorCodes(await api.run(ARTICLES, { filter: { actor: a[0].gid } }))).toEqual(["INVALID_ID"]);
    });
  });
});

describe("actors", () => {
  let db: TestDatabase;
  let api: TestApi;
  const gid: Record<string, string> = {};

  const ACTORS = `query ($filter: ActorFilter, $orderBy: ActorOrder, $first: Int, $after: String) {
    actors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { node { id name } }
      pageInfo { hasNextPage hasPreviousPage }
    }
  }`;
  const actorNames = async (variables: Record<string, unknown>) => {
    const { actors } = await api.ok(ACTORS, variables);
    expect(actors.totalCount).toBe(actors.edges.length);
    return actors.edges.map((e: any) => e.node.name);
  };
  const NESTED = `query ($id: ID!, $topic: String) {
    actor(id: $id) {
      name
      quotes { totalCount edges { node { id } } }
      claimsMade(topic: $topic) { totalCount edges { node { id } } }
      claimsAbout(topic: $topic) { totalCount edges { node { id } } }
      claimsAsCounterpart(topic: $topic) { totalCount edges { node { id } } }
    }
  }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    const zoe = await makeActor(db.prisma, { name: "Zoë Café", aliases: ["ZC", "Haftar’s forces"] });
    const lna = await makeActor(db.prisma, { name: "Libyan National Army", kind: "ARMED_GROUP", aliases: ["LNA"] });
    const egypt = await makeActor(db.prisma, { name: "Egypt", kind: "STATE" });
    const emile = await makeActor(db.prisma, { name: "Émile Ardent" });
    const ahmed = await makeActor(db.prisma, { name: "Ahmed Mismari", kind: "ARMED_GROUP" });
    Object.assign(gid, { zoe: zoe.gid, lna: lna.gid, egypt: egypt.gid, emile: emile.gid, ahmed: ahmed.gid });

    const article = await makeArticle(db.prisma);
    const backing = await makeTopic(db.prisma, "FOREIGN_BACKING");
    const ceasefire = await makeTopic(db.prisma, "CEASEFIRE");
    const at = (start: number) => ({ start, end: start + 10 });
    const q1 = await makeQuote(db.prisma, article, { ...at(0), speakerId: zoe.id });
    const c1 = await makeClaim(db.prisma, article, {
      ...at(10),
      subjectId: lna.id,
      claimantId: zoe.id,
      counterpartIds: [egypt.id, zoe.id],
      topicId: backing.id,
    });
    const c2 = await makeClaim(db.prisma, article, {
      ...at(20),
      subjectId: zoe.id,
      claimantId: lna.id,
      counterpartIds: [zoe.id],
      topicId: ceasefire.id,
    });
    // Hidden: a DRAFT claim in every role, and a RETRACTED quote.
    await makeClaim(db.prisma, article, {
      ...at(30),
      subjectId: zoe.id,
      claimantId: zoe.id,
      counterpartIds: [zoe.id],
      topicId: backing.id,
      status: "DRAFT",
    });
    const c4 = await makeClaim(db.prisma, article, {
      ...at(40),
      subjectId: zoe.id,
      claimantId: zoe.id,
      topicId: backing.id,
    });
    await makeQuote(db.prisma, article, { ...at(50), speakerId: zoe.id, status: "RETRACTED" });
    const q3 = await makeQuote(db.prisma, article, { ...at(60), speakerId: lna.id });
    Object.assign(gid, { q1: q1.gid, q3: q3.gid, c1: c1.gid, c2: c2.gid, c4: c4.gid });
  });
  afterAll(() => db.drop());

  describe("actors", () => {
    it("lists all actors by name (accents folded) by default", async () => {
      expect(await actorNames({})).toEqual([
        "Ahmed Mismari",
        "Egypt",
        "Émile Ardent",
        "Libyan National Army",
        "Zoë Café",
      ]);
    });

    it("orders by NAME in both directions", async () => {
      expect(await actorNames({ orderBy: { field: "NAME", direction: "DESC" } })).toEqual([
        "Zoë Café",
        "Libyan National Army",
        "Émile Ardent",
        "Egypt",
        "Ahmed Mismari",
      ]);
      expect(await actorNames({ orderBy: { field: "NAME" } })).toEqual([
        "Ahmed Mismari",
        "Egypt",
        "Émile Ardent",
        "Libyan National Army",
        "Zoë Café",
      ]);
    });

    it("pages by name", async () => {
      const first = (await api.ok(ACTORS, { first: 2 })).actors;
      expect(first.edges.map((e: any) => e.node.name)).toEqual(["Ahmed Mismari", "Egypt"]);
      expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
      expect(first.totalCount).toBe(5);
    });

    it("filter alias matches a whole alias or the name, ignoring case, accents and quote style", async () => {
      expect(await actorNames({ filter: { alias: "haftar's FORCES" } })).toEqual(["Zoë Café"]);
      expect(await actorNames({ filter: { alias: "Haftar’s forces" } })).toEqual(["Zoë Café"]);
      expect(await actorNames({ filter: { alias: "zoe cafe" } })).toEqual(["Zoë Café"]);
      expect(await actorNames({ filter: { alias: "  ZOË   CAFÉ " } })).toEqual(["Zoë Café"]);
      expect(await actorNames({ filter: { alias: "lna" } })).toEqual(["Libyan National Army"]);
      expect(await actorNames({ filter: { alias: "emile ardent" } })).toEqual(["Émile Ardent"]);
    });

    it("filter alias does not match parts of a name or alias", async () => {
      expect(await actorNames({ filter: { alias: "haftar" } })).toEqual([]);
      expect(await actorNames({ filter: { alias: "zoe" } })).toEqual([]);
    });

    it("filter search matches part of the name or of an alias, ignoring case and accents", async () => {
      expect(await actorNames({ filter: { search: "caf" } })).toEqual(["Zoë Café"]);
      expect(await actorNames({ filter: { search: "ZOË" } })).toEqual(["Zoë Café"]);
      expect(await actorNames({ filter: { search: "forces" } })).toEqual(["Zoë Café"]);
      expect(await actorNames({ filter: { search: "national" } })).toEqual(["Libyan National Army"]);
      expect(await actorNames({ filter: { search: "EMI" } })).toEqual(["Émile Ardent"]);
      expect(await actorNames({ filter: { search: "a" } })).toEqual([
        "Ahmed Mismari",
        "Émile Ardent",
        "Libyan National Army",
        "Zoë Café",
      ]);
    });

    it("filter kinds keeps any of the given kinds", async () => {
      expect(await actorNames({ filter: { kinds: ["STATE", "ARMED_GROUP"] } })).toEqual([
        "Ahmed Mismari",
        "Egypt",
        "Libyan National Army",
      ]);
      expect(await actorNames({ filter: { kinds: ["MEDIA_OUTLET"] } })).toEqual([]);
      expect(await actorNames({ filter: { kinds: ["ARMED_GROUP"], search: "army" } })).toEqual([
        "Libyan National Army",
      ]);
    });
  });

  describe("Actor.aliases", () => {
    it("lists the aliases alphabetically, and [] when there are none", async () => {
      const q = `query ($a: ID!, $b: ID!) { a: actor(id: $a) { aliases } b: actor(id: $b) { aliases } }`;
      const data = await api.ok(q, { a: gid.zoe, b: gid.egypt });
      expect(data.a.aliases).toEqual(["Haftar’s forces", "ZC"]);
      expect(data.b.aliases).toEqual([]);
    });
  });

  describe("Actor nested annotations", () => {
    it("quotes lists the PUBLISHED quotes the actor spoke", async () => {
      const { actor } = await api.ok(NESTED, { id: gid.zoe });
      expect(actor.name).toBe("Zoë Café");
      expect(edgeIds(actor.quotes)).toEqual([gid.q1]);
      expect(actor.quotes.totalCount).toBe(1);
      const lna = (await api.ok(NESTED, { id: gid.lna })).actor;
      expect(edgeIds(lna.quotes)).toEqual([gid.q3]);
    });

    it("claimsMade, claimsAbout and claimsAsCounterpart list PUBLISHED claims in text order", async () => {
      const { actor } = await api.ok(NESTED, { id: gid.zoe });
      expect(edgeIds(actor.claimsMade)).toEqual([gid.c1, gid.c4]);
      expect(actor.claimsMade.totalCount).toBe(2);
      expect(edgeIds(actor.claimsAbout)).toEqual([gid.c2, gid.c4]);
      expect(actor.claimsAbout.totalCount).toBe(2);
      expect(edgeIds(actor.claimsAsCounterpart)).toEqual([gid.c1, gid.c2]);
      expect(actor.claimsAsCounterpart.totalCount).toBe(2);
    });

    it("the topic argument narrows each claim list", async () => {
      const backing = (await api.ok(NESTED, { id: gid.zoe, topic: "FOREIGN_BACKING" })).actor;
      expect(edgeIds(backing.claimsMade)).toEqual([gid.c1, gid.c4]);
      expect(edgeIds(backing.claimsAbout)).toEqual([gid.c4]);
      expect(backing.claimsAbout.totalCount).toBe(1);
      expect(edgeIds(backing.claimsAsCounterpart)).toEqual([gid.c1]);
      expect(backing.quotes.totalCount).toBe(1);

      const ceasefire = (await api.ok(NESTED, { id: gid.zoe, topic: "CEASEFIRE" })).actor;
      expect(edgeIds(ceasefire.claimsMade)).toEqual([]);
      expect(ceasefire.claimsMade.totalCount).toBe(0);
      expect(edgeIds(ceasefire.claimsAbout)).toEqual([gid.c2]);
      expect(edgeIds(ceasefire.claimsAsCounterpart)).toEqual([gid.c2]);

      const unknown = (await api.ok(NESTED, { id: gid.zoe, topic: "NO_SUCH_TOPIC" })).actor;
      expect(
        unknown.claimsMade.totalCount + unknown.claimsAbout.totalCount + unknown.claimsAsCounterpart.totalCount,
      ).toBe(0);
    });

    it("other actors see only their own roles", async () => {
      const lna = (await api.ok(NESTED, { id: gid.lna })).actor;
      expect(edgeIds(lna.claimsMade)).toEqual([gid.c2]);
      expect(edgeIds(lna.claimsAbout)).toEqual([gid.c1]);
      expect(edgeIds(lna.claimsAsCounterpart)).toEqual([]);
      const egypt = (await api.ok(NESTED, { id: gid.egypt })).actor;
      expect(edgeIds(egypt.claimsAsCounterpart)).toEqual([gid.c1]);
      expect(egypt.quotes.totalCount + egypt.claimsMade.totalCount + egypt.claimsAbout.totalCount).toBe(0);
    });

    it("nested claim lists page with first/after", async () => {
      const q = `query ($id: ID!, $after: String) {
        actor(id: $id) { claimsMade(first: 1, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }
      }`;
      const page1 = (await api.ok(q, { id: gid.zoe })).actor.claimsMade;
      expect(edgeIds(page1)).toEqual([gid.c1]);
      expect(page1.totalCount).toBe(2);
      expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const page2 = (await api.ok(q, { id: gid.zoe, after: page1.pageInfo.endCursor })).actor.claimsMade;
      expect(edgeIds(page2)).toEqual([gid.c4]);
      expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });
  });
});

describe("quotes, claims and annotations lists", () => {
  let db: TestDatabase;
  let api: TestApi;
  const gid: Record<string, string> = {};
  /** Visible rows, for computing POSITION order: by article id, then start. */
  const visible: { key: string; articleId: string; start: number }[] = [];

  const LIST = (field: "quotes" | "claims" | "annotations") => `query (
    $filter: AnnotationFilter, $orderBy: AnnotationOrder, $first: Int, $after: String, $last: Int, $before: String
  ) {
    list: ${field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { __typename id kind status exact } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  /** The keys (fixture names) of a list, checking that totalCount equals what is visible. */
  const keys = async (field: "quotes" | "claims" | "annotations", variables: Record<string, unknown> = {}) => {
    const { list } = await api.ok(LIST(field), variables);
    expect(list.totalCount).toBe(list.edges.length);
    const byGid = new Map(Object.entries(gid).map(([key, value]) => [value, key]));
    return list.edges.map((e: any) => byGid.get(e.node.id) ?? `unknown ${e.node.id}`);
  };
  const positionOrder = (...only: string[]) =>
    byPosition(visible)
      .map((row) => row.key)
      .filter((key) => only.length === 0 || only.includes(key));

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    const s1 = await makeActor(db.prisma, { name: "Sami Ward" });
    const s2 = await makeActor(db.prisma, { name: "Second Speaker" });
    const sub = await makeActor(db.prisma, { name: "Ardent Militia" });
    const cl = await makeActor(db.prisma, { name: "Council" });
    const cp = await makeActor(db.prisma, { name: "Backer State" });
    Object.assign(gid, { s1: s1.gid, s2: s2.gid, sub: sub.gid, cl: cl.gid, cp: cp.gid });
    const backing = await makeTopic(db.prisma, "FOREIGN_BACKING");
    const ceasefire = await makeTopic(db.prisma, "CEASEFIRE");

    const body1 =
      'Opening line. "The border stays open," Ward said. Reports say Ardent backs the militia. ' +
      '"Talks resume Friday," Ward added. "Unreviewed words here," someone said. Ardent arms the militia too.';
    const body2 =
      'Second report. Ardent never backed anyone, officials said. "We stay neutral and open," Ward insisted. ' +
      "Ward denies the border deal.";
    const a1 = await makeArticle(db.prisma, {
      title: "First",
      body: body1,
      publishedAt: new Date("2024-01-10T00:00:00Z"),
    });
    const a2 = await makeArticle(db.prisma, {
      title: "Second",
      body: body2,
      publishedAt: new Date("2024-03-10T00:00:00Z"),
    });
    Object.assign(gid, { a1: a1.gid, a2: a2.gid });

    const rows: Record<string, { id: string; gid: string; articleId: string; start: number }> = {};
    rows.qA1 = await makeQuote(db.prisma, a1, { ...span(body1, "The border stays open"), speakerId: s1.id });
    rows.cA = await makeClaim(db.prisma, a1, {
      ...span(body1, "Ardent backs the militia"),
      subjectId: sub.id,
      claimantId: cl.id,
      counterpartIds: [cp.id],
      topicId: backing.id,
      stance: "ASSERTS",
    });
    rows.qA2 = await makeQuote(db.prisma, a1, { ...span(body1, "Talks resume Friday"), speakerId: s2.id });
    rows.qDraft = await makeQuote(db.prisma, a1, {
      ...span(body1, "Unreviewed words here"),
      speakerId: s1.id,
      status: "DRAFT",
    });
    rows.cReview = await makeClaim(db.prisma, a1, {
      ...span(body1, "Ardent arms the militia"),
      subjectId: sub.id,
      claimantId: cl.id,
      counterpartIds: [cp.id],
      topicId: backing.id,
      status: "IN_REVIEW",
    });
    rows.cB = await makeClaim(db.prisma, a2, {
      ...span(body2, "Ardent never backed anyone"),
      subjectId: sub.id,
      topicId: ceasefire.id,
      stance: "DENIES",
    });
    rows.qB1 = await makeQuote(db.prisma, a2, { ...span(body2, "We stay neutral and open"), speakerId: s1.id });
    rows.cC = await makeClaim(db.prisma, a2, {
      ...span(body2, "Ward denies the border deal"),
      subjectId: cl.id,
      claimantId: cl.id,
      counterpartIds: [cp.id],
      topicId: backing.id,
      stance: "DENIES",
    });
    for (const [key, row] of Object.entries(rows)) {
      gid[key] = row.gid;
      if (key !== "qDraft" && key !== "cReview") visible.push({ key, articleId: row.articleId, start: row.start });
    }
    // Creation times in an order unlike the text order, one minute apart.
    const created = ["cC", "qA2", "cB", "qDraft", "qB1", "cA", "cReview", "qA1"];
    for (const [i, key] of created.entries()) {
      await db.prisma.annotation.update({
        where: { id: rows[key].id },
        data: { createdAt: new Date(Date.UTC(2024, 5, 1, 12, i)) },
      });
    }
  });
  afterAll(() => db.drop());

  describe("quotes", () => {
    it("lists the PUBLISHED quotes in POSITION order by default", async () => {
      expect(await keys("quotes")).toEqual(positionOrder("qA1", "qA2", "qB1"));
    });

    it("returns Quote nodes with kind QUOTE and their span text", async () => {
      const { list } = await api.ok(LIST("quotes"), { filter: { article: gid.a1 } });
      expect(list.edges.map((e: any) => e.node)).toEqual([
        { __typename: "Quote", id: gid.qA1, kind: "QUOTE", status: "PUBLISHED", exact: "The border stays open" },
        { __typename: "Quote", id: gid.qA2, kind: "QUOTE", status: "PUBLISHED", exact: "Talks resume Friday" },
      ]);
      expect(list.totalCount).toBe(2);
    });

    it("filters by article, speaker and actor", async () => {
      expect(await keys("quotes", { filter: { article: gid.a2 } })).toEqual(["qB1"]);
      expect(await keys("quotes", { filter: { speaker: gid.s1 } })).toEqual(positionOrder("qA1", "qB1"));
      expect(await keys("quotes", { filter: { speaker: gid.s2 } })).toEqual(["qA2"]);
      expect(await keys("quotes", { filter: { actor: gid.s1 } })).toEqual(positionOrder("qA1", "qB1"));
      expect(await keys("quotes", { filter: { speaker: gid.s1, article: gid.a1 } })).toEqual(["qA1"]);
      expect(await keys("quotes", { filter: { speaker: gid.cl } })).toEqual([]);
    });

    it("filters by search (words of the span, any case), most relevant first unless ordered", async () => {
      expect(await keys("quotes", { filter: { search: "OPEN" }, orderBy: { field: "POSITION" } })).toEqual(
        positionOrder("qA1", "qB1"),
      );
      expect((await keys("quotes", { filter: { search: "OPEN" } })).sort()).toEqual(["qA1", "qB1"]);
      expect(await keys("quotes", { filter: { search: "unreviewed" } })).toEqual([]);
    });

    it("filters by publication time of the article", async () => {
      expect(await keys("quotes", { filter: { publishedAfter: "2024-02-01T00:00:00.000Z" } })).toEqual(["qB1"]);
      expect(await keys("quotes", { filter: { publishedBefore: "2024-02-01T00:00:00.000Z" } })).toEqual(["qA1", "qA2"]);
    });

    it("gives a reader nothing for unpublished statuses, and only PUBLISHED ones for a mixed list", async () => {
      expect(await keys("quotes", { filter: { status: ["DRAFT"] } })).toEqual([]);
      expect(await keys("quotes", { filter: { status: ["PUBLISHED", "DRAFT"] } })).toEqual(
        positionOrder("qA1", "qA2", "qB1"),
      );
    });

    it("pages with first/after and last/before", async () => {
      const order = positionOrder("qA1", "qA2", "qB1");
      const page1 = (await api.ok(LIST("quotes"), { first: 2 })).list;
      expect(edgeIds(page1)).toEqual(order.slice(0, 2).map((key) => gid[key]));
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const page2 = (await api.ok(LIST("quotes"), { first: 2, after: page1.pageInfo.endCursor })).list;
      expect(edgeIds(page2)).toEqual([gid[order[2]]]);
      expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const back = (await api.ok(LIST("quotes"), { last: 1, before: page2.pageInfo.startCursor })).list;
      expect(edgeIds(back)).toEqual([gid[order[1]]]);
      expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    });
  });

  describe("claims", () => {
    it("lists the PUBLISHED claims in POSITION order", async () => {
      expect(await keys("claims")).toEqual(positionOrder("cA", "cB", "cC"));
      const { list } = await api.ok(LIST("claims"), {});
      expect(new Set(list.edges.map((e: any) => e.node.__typename))).toEqual(new Set(["Claim"]));
    });

    it("filters by subject, claimant and counterpart", async () => {
      expect(await keys("claims", { filter: { subject: gid.sub } })).toEqual(positionOrder("cA", "cB"));
      expect(await keys("claims", { filter: { subject: gid.cl } })).toEqual(["cC"]);
      expect(await keys("claims", { filter: { claimant: gid.cl } })).toEqual(positionOrder("cA", "cC"));
      expect(await keys("claims", { filter: { counterpart: gid.cp } })).toEqual(positionOrder("cA", "cC"));
      expect(await keys("claims", { filter: { counterpart: gid.sub } })).toEqual([]);
    });

    it("filters by actor in any role", async () => {
      expect(await keys("claims", { filter: { actor: gid.cl } })).toEqual(positionOrder("cA", "cC"));
      expect(await keys("claims", { filter: { actor: gid.sub } })).toEqual(positionOrder("cA", "cB"));
      expect(await keys("claims", { filter: { actor: gid.cp } })).toEqual(positionOrder("cA", "cC"));
    });

    it("filters by topic and stance", async () => {
      expect(await keys("claims", { filter: { topic: "FOREIGN_BACKING" } })).toEqual(positionOrder("cA", "cC"));
      expect(await keys("claims", { filter: { topic: "CEASEFIRE" } })).toEqual(["cB"]);
      expect(await keys("claims", { filter: { stance: "DENIES" } })).toEqual(positionOrder("cB", "cC"));
      expect(await keys("claims", { filter: { stance: "ASSERTS" } })).toEqual(["cA"]);
      expect(await keys("claims", { filter: { topic: "FOREIGN_BACKING", stance: "DENIES" } })).toEqual(["cC"]);
      expect(await keys("claims", { filter: { topic: "NO_SUCH_TOPIC" } })).toEqual([]);
    });

    it("filters by article, search and attribution kind", async () => {
      expect(await keys("claims", { filter: { article: gid.a1 } })).toEqual(["cA"]);
      expect(await keys("claims", { filter: { search: "ardent" }, orderBy: { field: "POSITION" } })).toEqual(
        positionOrder("cA", "cB"),
      );
      expect(await keys("claims", { filter: { attributionKind: "UNATTRIBUTED" } })).toEqual(
        positionOrder("cA", "cB", "cC"),
      );
      expect(await keys("claims", { filter: { attributionKind: "SELF" } })).toEqual([]);
    });

    it("gives a reader nothing for unpublished statuses", async () => {
      expect(await keys("claims", { filter: { status: ["IN_REVIEW"] } })).toEqual([]);
      expect(await keys("claims", { filter: { status: ["DRAFT"] } })).toEqual([]);
    });

    it("refuses filter ids of the wrong type with INVALID_ID", async () => {
      const result = await api.run(LIST("claims"), { filter: { subject: gid.a1 } });
      expect(errorCodes(result)).toEqual(["INVALID_ID"]);
      expect(errorCodes(await api.run(LIST("claims"), { filter: { article: gid.sub } }))).toEqual(["INVALID_ID"]);
    });
  });

  describe("annotations", () => {
    it("lists quotes and claims together, with the right __typename and kind", async () => {
      const { list } = await api.ok(LIST("annotations"), {});
      const expected = positionOrder();
      expect(list.totalCount).toBe(6);
      expect(edgeIds(list)).toEqual(expected.map((key) => gid[key]));
      for (const [i, edge] of list.edges.entries()) {
        const isQuote = expected[i].startsWith("q");
        expect(edge.node.__typename).toBe(isQuote ? "Quote" : "Claim");
        expect(edge.node.kind).toBe(isQuote ? "QUOTE" : "CLAIM");
      }
    });

    it("filters by kind", async () => {
      expect(await keys("annotations", { filter: { kind: "QUOTE" } })).toEqual(positionOrder("qA1", "qA2", "qB1"));
      expect(await keys("annotations", { filter: { kind: "CLAIM" } })).toEqual(positionOrder("cA", "cB", "cC"));
    });

    it("filters by article, actor and search", async () => {
      expect(await keys("annotations", { filter: { article: gid.a1 } })).toEqual(["qA1", "cA", "qA2"]);
      expect(await keys("annotations", { filter: { article: gid.a2 } })).toEqual(["cB", "qB1", "cC"]);
      expect(await keys("annotations", { filter: { actor: gid.s1 } })).toEqual(positionOrder("qA1", "qB1"));
      expect(await keys("annotations", { filter: { actor: gid.cl } })).toEqual(positionOrder("cA", "cC"));
      expect(await keys("annotations", { filter: { search: "border" }, orderBy: { field: "POSITION" } })).toEqual(
        positionOrder("qA1", "cC"),
      );
    });

    it("claim-only filters leave no quotes; quote-only filters leave no claims", async () => {
      expect(await keys("annotations", { filter: { topic: "FOREIGN_BACKING" } })).toEqual(positionOrder("cA", "cC"));
      expect(await keys("annotations", { filter: { speaker: gid.s2 } })).toEqual(["qA2"]);
      expect(await keys("quotes", { filter: { subject: gid.sub } })).toEqual([]);
    });

    it("gives a reader nothing for unpublished statuses", async () => {
      for (const status of UNPUBLISHED) {
        expect(await keys("annotations", { filter: { status: [status] } })).toEqual([]);
      }
      expect(await keys("annotations", { filter: { status: ["PUBLISHED"] } })).toEqual(positionOrder());
    });

    it("orders by POSITION ascending and descending", async () => {
      expect(await keys("annotations", { orderBy: { field: "POSITION" } })).toEqual(positionOrder());
      expect(await keys("annotations", { orderBy: { field: "POSITION", direction: "DESC" } })).toEqual(
        positionOrder().reverse(),
      );
    });

    it("orders by CREATED_AT ascending and descending", async () => {
      const created = ["cC", "qA2", "cB", "qB1", "cA", "qA1"];
      expect(await keys("annotations", { orderBy: { field: "CREATED_AT", direction: "ASC" } })).toEqual(created);
      expect(await keys("annotations", { orderBy: { field: "CREATED_AT", direction: "DESC" } })).toEqual(
        [...created].reverse(),
      );
      expect(await keys("quotes", { orderBy: { field: "CREATED_AT" } })).toEqual(["qA2", "qB1", "qA1"]);
      expect(await keys("claims", { orderBy: { field: "CREATED_AT", direction: "DESC" } })).toEqual(["cA", "cB", "cC"]);
    });

    it("pages in CREATED_AT order with cursors", async () => {
      const orderBy = { field: "CREATED_AT", direction: "ASC" };
      const page1 = (await api.ok(LIST("annotations"), { first: 4, orderBy })).list;
      expect(edgeIds(page1)).toEqual(["cC", "qA2", "cB", "qB1"].map((key) => gid[key]));
      expect(page1.totalCount).toBe(6);
      expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const page2 = (await api.ok(LIST("annotations"), { first: 4, after: page1.pageInfo.endCursor, orderBy })).list;
      expect(edgeIds(page2)).toEqual(["cA", "qA1"].map((key) => gid[key]));
      expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });

    it("refuses bad paging arguments", async () => {
      expect(errorCodes(await api.run(LIST("annotations"), { first: 2, last: 2 }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await api.run(LIST("annotations"), { first: 500 }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await api.run(LIST("annotations"), { first: 1, after: "zzz" }))).toEqual(["INVALID_CURSOR"]);
    });
  });
});

describe("nested edges", () => {
  let db: TestDatabase;
  let api: TestApi;
  const gid: Record<string, string> = {};
  const exact: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    const charlie = await makeActor(db.prisma, { name: "Charlie Speaker" });
    const alice = await makeActor(db.prisma, { name: "Alice Subject" });
    const bob = await makeActor(db.prisma, { name: "Bob Claimant" });
    const eve = await makeActor(db.prisma, { name: "Eve Counterpart" });
    const dora = await makeActor(db.prisma, { name: "Dora Counterpart" });
    const zed = await makeActor(db.prisma, { name: "Zed Hidden" });
    const unused = await makeActor(db.prisma, { name: "Aaron Elsewhere" });
    Object.assign(gid, { charlie: charlie.gid, alice: alice.gid, bob: bob.gid, eve: eve.gid, dora: dora.gid });
    const backing = await makeTopic(db.prisma, "FOREIGN_BACKING");
    const ceasefire = await makeTopic(db.prisma, "CEASEFIRE");

    const body =
      'Charlie said "Egypt and the UAE back the army" on Monday. Officials call the truce fragile. ' +
      'A spokesman said "we stay neutral". Draft: Zed backs the army. Zed said "nothing at all".';
    const article = await makeArticle(db.prisma, { title: "Nested article", body });
    gid.article = article.gid;
    const q1 = await makeQuote(db.prisma, article, {
      ...span(body, "Egypt and the UAE back the army"),
      speakerId: charlie.id,
    });
    const c1 = await makeClaim(db.prisma, article, {
      ...span(body, "the UAE back the army"),
      subjectId: alice.id,
      claimantId: bob.id,
      counterpartIds: [eve.id, dora.id],
      topicId: backing.id,
      quoteId: q1.id,
    });
    const c2 = await makeClaim(db.prisma, article, {
      ...span(body, "the truce fragile"),
      subjectId: alice.id,
      topicId: ceasefire.id,
      stance: "DENIES",
    });
    const q2 = await makeQuote(db.prisma, article, { ...span(body, "we stay neutral") });
    // Unpublished annotations naming Zed, one of them made in q1: none of it may show.
    await makeClaim(db.prisma, article, {
      ...span(body, "Zed backs the army"),
      subjectId: zed.id,
      claimantId: zed.id,
      counterpartIds: [zed.id],
      topicId: backing.id,
      quoteId: q1.id,
      status: "DRAFT",
    });
    await makeQuote(db.prisma, article, { ...span(body, "nothing at all"), speakerId: zed.id, status: "IN_REVIEW" });
    Object.assign(gid, { q1: q1.gid, q2: q2.gid, c1: c1.gid, c2: c2.gid });
    Object.assign(exact, {
      q1: "Egypt and the UAE back the army",
      q2: "we stay neutral",
      c1: "the UAE back the army",
      c2: "the truce fragile",
    });

    // A second article whose annotations must not leak into the first.
    const other = await makeArticle(db.prisma, { title: "Other article" });
    await makeQuote(db.prisma, other, { speakerId: unused.id });
    await makeClaim(db.prisma, other, { subjectId: unused.id, topicId: backing.id, quoteId: null });
  });
  afterAll(() => db.drop());

  describe("Article edges", () => {
    const ARTICLE = `query ($id: ID!) {
      article(id: $id) {
        quotes { totalCount edges { node { id exact } } }
        claims { totalCount edges { node { id exact } } }
        backing: claims(topic: "FOREIGN_BACKING") { totalCount edges { node { id } } }
        annotations { totalCount edges { node { __typename id } } }
        actors { totalCount edges { node { id name } } }
      }
    }`;

    it("quotes and claims list the article's PUBLISHED ones in text order", async () => {
      const { article } = await api.ok(ARTICLE, { id: gid.article });
      expect(article.quotes.edges.map((e: any) => e.node)).toEqual([
        { id: gid.q1, exact: exact.q1 },
        { id: gid.q2, exact: exact.q2 },
      ]);
      expect(article.quotes.totalCount).toBe(2);
      expect(article.claims.edges.map((e: any) => e.node)).toEqual([
        { id: gid.c1, exact: exact.c1 },
        { id: gid.c2, exact: exact.c2 },
      ]);
      expect(article.claims.totalCount).toBe(2);
      expect(edgeIds(article.backing)).toEqual([gid.c1]);
      expect(article.backing.totalCount).toBe(1);
    });

    it("annotations interleaves quotes and claims in text order", async () => {
      const { article } = await api.ok(ARTICLE, { id: gid.article });
      expect(article.annotations.edges.map((e: any) => e.node)).toEqual([
        { __typename: "Quote", id: gid.q1 },
        { __typename: "Claim", id: gid.c1 },
        { __typename: "Claim", id: gid.c2 },
        { __typename: "Quote", id: gid.q2 },
      ]);
      expect(article.annotations.totalCount).toBe(4);
    });

    it("actors lists the distinct actors of the PUBLISHED annotations, by name", async () => {
      const { article } = await api.ok(ARTICLE, { id: gid.article });
      expect(article.actors.edges.map((e: any) => e.node.name)).toEqual([
        "Alice Subject",
        "Bob Claimant",
        "Charlie Speaker",
        "Dora Counterpart",
        "Eve Counterpart",
      ]);
      expect(article.actors.totalCount).toBe(5);
      expect(article.actors.edges[0].node.id).toBe(gid.alice);
    });

    it("nested connections page with first/after", async () => {
      const q = `query ($id: ID!, $after: String, $actorsAfter: String) {
        article(id: $id) {
          annotations(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
          actors(first: 2, after: $actorsAfter) { edges { node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } }
        }
      }`;
      const page1 = (await api.ok(q, { id: gid.article })).article;
      expect(edgeIds(page1.annotations)).toEqual([gid.q1, gid.c1, gid.c2]);
      expect(page1.annotations.totalCount).toBe(4);
      expect(page1.annotations.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(names(page1.actors.edges.map((e: any) => e.node))).toEqual(["Alice Subject", "Bob Claimant"]);
      expect(page1.actors.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      const page2 = (
        await api.ok(q, {
          id: gid.article,
          after: page1.annotations.pageInfo.endCursor,
          actorsAfter: page1.actors.pageInfo.endCursor,
        })
      ).article;
      expect(edgeIds(page2.annotations)).toEqual([gid.q2]);
      expect(page2.annotations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(names(page2.actors.edges.map((e: any) => e.node))).toEqual(["Charlie Speaker", "Dora Counterpart"]);
      expect(page2.actors.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    });

    it("nested connections page backward with last/before", async () => {
      const q = `query ($id: ID!, $before: String) {
        article(id: $id) { quotes(last: 1, before: $before) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor } } }
      }`;
      const last = (await api.ok(q, { id: gid.article })).article.quotes;
      expect(edgeIds(last)).toEqual([gid.q2]);
      expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const before = (await api.ok(q, { id: gid.article, before: last.pageInfo.startCursor })).article.quotes;
      expect(edgeIds(before)).toEqual([gid.q1]);
      expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    });

    it("nested connections refuse bad paging arguments", async () => {
      const q = `query ($id: ID!, $first: Int, $last: Int, $after: String) {
        article(id: $id) { quotes(first: $first, last: $last, after: $after) { totalCount } }
      }`;
      expect(errorCodes(await api.run(q, { id: gid.article, first: 1, last: 1 }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await api.run(q, { id: gid.article, first: 500 }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await api.run(q, { id: gid.article, first: 1, after: "zzz" }))).toEqual(["INVALID_CURSOR"]);
    });
  });

  describe("Quote edges", () => {
    const QUOTE = `query ($id: ID!) {
      node(id: $id) {
        ... on Quote {
          exact
          speaker { id name }
          article { id title }
          claims { totalCount edges { node { id } } }
        }
      }
    }`;

    it("speaker, article and claims (only PUBLISHED claims made in this quote)", async () => {
      const { node } = await api.ok(QUOTE, { id: gid.q1 });
      expect(node).toEqual({
        exact: exact.q1,
        speaker: { id: gid.charlie, name: "Charlie Speaker" },
        article: { id: gid.article, title: "Nested article" },
        claims: { totalCount: 1, edges: [{ node: { id: gid.c1 } }] },
      });
    });

    it("a quote without speaker or claims has null and an empty connection", async () => {
      const { node } = await api.ok(QUOTE, { id: gid.q2 });
      expect(node.speaker).toBeNull();
      expect(node.article.id).toBe(gid.article);
      expect(node.claims).toEqual({ totalCount: 0, edges: [] });
    });
  });

  describe("Claim edges", () => {
    const CLAIM = `query ($id: ID!) {
      node(id: $id) {
        ... on Claim {
          stance
          attributionKind
          topic { id key }
          subject { id name }
          counterparts { id name }
          claimant { id name }
          quote { id exact }
          article { id title }
        }
      }
    }`;

    it("topic, subject, counterparts in position order, claimant, quote and article", async () => {
      const { node } = await api.ok(CLAIM, { id: gid.c1 });
      expect(node).toEqual({
        stance: "ASSERTS",
        attributionKind: "UNATTRIBUTED",
        topic: { id: expect.any(String), key: "FOREIGN_BACKING" },
        subject: { id: gid.alice, name: "Alice Subject" },
        counterparts: [
          { id: gid.eve, name: "Eve Counterpart" },
          { id: gid.dora, name: "Dora Counterpart" },
        ],
        claimant: { id: gid.bob, name: "Bob Claimant" },
        quote: { id: gid.q1, exact: exact.q1 },
        article: { id: gid.article, title: "Nested article" },
      });
      const topic = await api.ok(`query ($id: ID!) { node(id: $id) { ... on Topic { key } } }`, { id: node.topic.id });
      expect(topic.node.key).toBe("FOREIGN_BACKING");
    });

    it("a claim without claimant, counterparts or quote", async () => {
      const { node } = await api.ok(CLAIM, { id: gid.c2 });
      expect(node).toMatchObject({
        stance: "DENIES",
        topic: { key: "CEASEFIRE" },
        subject: { id: gid.alice },
        counterparts: [],
        claimant: null,
        quote: null,
        article: { id: gid.article },
      });
    });

    it("the same edges resolve for claims in a list", async () => {
      const data = await api.ok(
        `query ($a: ID!) {
        claims(filter: { article: $a }) { edges { node { id subject { name } counterparts { name } claimant { name } quote { id } topic { key } } } }
      }`,
        { a: gid.article },
      );
      expect(data.claims.edges.map((e: any) => e.node)).toEqual([
        {
          id: gid.c1,
          subject: { name: "Alice Subject" },
          counterparts: [{ name: "Eve Counterpart" }, { name: "Dora Counterpart" }],
          claimant: { name: "Bob Claimant" },
          quote: { id: gid.q1 },
          topic: { key: "FOREIGN_BACKING" },
        },
        {
          id: gid.c2,
          subject: { name: "Alice Subject" },
          counterparts: [],
          claimant: null,
          quote: null,
          topic: { key: "CEASEFIRE" },
        },
      ]);
    });
  });
});

describe("reader visibility", () => {
  let db: TestDatabase;
  let api: TestApi;
  const quoteGid = {} as Record<AnnotationStatus, string>;
  const claimGid = {} as Record<AnnotationStatus, string>;
  const gid: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    const speaker = await makeActor(db.prisma, { name: "Visible Speaker" });
    const subject = await makeActor(db.prisma, { name: "Visible Subject" });
    const claimant = await makeActor(db.prisma, { name: "Visible Claimant" });
    const counterpart = await makeActor(db.prisma, { name: "Visible Counterpart" });
    const hidden = await makeActor(db.prisma, { name: "Hidden Everywhere" });
    Object.assign(gid, {
      speaker: speaker.gid,
      subject: subject.gid,
      claimant: claimant.gid,
      counterpart: counterpart.gid,
      hidden: hidden.gid,
    });
    const backing = await makeTopic(db.prisma, "FOREIGN_BACKING");

    const body = Array.from({ length: 40 }, (_, i) => `Sentence number ${String(i).padStart(2, "0")}.`).join(" ");
    const article = await makeArticle(db.prisma, { title: "Every status", body });
    gid.article = article.gid;

    // Quotes first: the PUBLISHED claim is made in the DRAFT quote, unpublished claims in the PUBLISHED one.
    for (const [i, status] of ALL_STATUSES.entries()) {
      const quote = await makeQuote(db.prisma, article, {
        start: i * 20,
        end: i * 20 + 10,
        status,
        speakerId: status === "PUBLISHED" ? speaker.id : i % 2 ? speaker.id : hidden.id,
      });
      quoteGid[status] = quote.gid;
    }
    const quoteIds = await db.prisma.annotation.findMany({
      where: { kind: "QUOTE" },
      select: { id: true, status: true },
    });
    const quoteIdOf = (status: AnnotationStatus) => quoteIds.find((q) => q.status === status)!.id;
    for (const [i, status] of ALL_STATUSES.entries()) {
      const published = status === "PUBLISHED";
      const claim = await makeClaim(db.prisma, article, {
        start: i * 20 + 10,
        end: i * 20 + 20,
        status,
        subjectId: subject.id,
        claimantId: claimant.id,
        counterpartIds: published ? [counterpart.id] : [counterpart.id, hidden.id],
        topicId: backing.id,
        stance: published ? "ASSERTS" : "DENIES",
        quoteId: quoteIdOf(published ? "DRAFT" : "PUBLISHED"),
      });
      claimGid[status] = claim.gid;
    }

    // An article with only unpublished annotations naming the same actors and topic.
    const unpublished = await makeArticle(db.prisma, { title: "Nothing published" });
    gid.unpublished = unpublished.gid;
    await makeQuote(db.prisma, unpublished, { speakerId: speaker.id, status: "APPROVED" });
    await makeClaim(db.prisma, unpublished, {
      start: 20,
      end: 30,
      subjectId: subject.id,
      claimantId: claimant.id,
      counterpartIds: [counterpart.id],
      topicId: backing.id,
      stance: "ASSERTS",
      status: "IN_REVIEW",
    });
  });
  afterAll(() => db.drop());

  describe("lists", () => {
    const LISTS = `query ($filter: AnnotationFilter) {
      quotes(filter: $filter) { totalCount edges { node { id status } } }
      claims(filter: $filter) { totalCount edges { node { id status } } }
      annotations(filter: $filter) { totalCount edges { node { id status } } }
    }`;

    it("quotes, claims and annotations show exactly the PUBLISHED ones, totalCount included", async () => {
      for (const filter of [null, { article: gid.article }, { article: gid.unpublished }]) {
        const data = await api.ok(LISTS, { filter });
        const inUnpublished = filter?.article === gid.unpublished;
        expect(edgeIds(data.quotes)).toEqual(inUnpublished ? [] : [quoteGid.PUBLISHED]);
        expect(data.quotes.totalCount).toBe(inUnpublished ? 0 : 1);
        expect(edgeIds(data.claims)).toEqual(inUnpublished ? [] : [claimGid.PUBLISHED]);
        expect(data.claims.totalCount).toBe(inUnpublished ? 0 : 1);
        expect(edgeIds(data.annotations)).toEqual(inUnpublished ? [] : [quoteGid.PUBLISHED, claimGid.PUBLISHED]);
        expect(data.annotations.totalCount).toBe(inUnpublished ? 0 : 2);
      }
    });

    it.each(UNPUBLISHED)("asking for status %s gives a reader nothing", async (status) => {
      const data = await api.ok(LISTS, { filter: { status: [status] } });
      expect([data.quotes.totalCount, data.claims.totalCount, data.annotations.totalCount]).toEqual([0, 0, 0]);
      expect([...data.quotes.edges, ...data.claims.edges, ...data.annotations.edges]).toEqual([]);
    });

    it("asking for every status still gives only the PUBLISHED ones", async () => {
      const data = await api.ok(LISTS, { filter: { status: ALL_STATUSES } });
      expect(edgeIds(data.annotations)).toEqual([quoteGid.PUBLISHED, claimGid.PUBLISHED]);
      expect(data.annotations.totalCount).toBe(2);
    });

    it("actor, role, topic and stance filters show only PUBLISHED ones", async () => {
      const cases: [Record<string, unknown>, number, number][] = [
        [{ actor: gid.speaker }, 1, 0],
        [{ speaker: gid.speaker }, 1, 0],
        [{ subject: gid.subject }, 0, 1],
        [{ claimant: gid.claimant }, 0, 1],
        [{ counterpart: gid.counterpart }, 0, 1],
        [{ actor: gid.counterpart }, 0, 1],
        [{ topic: "FOREIGN_BACKING" }, 0, 1],
        [{ stance: "ASSERTS" }, 0, 1],
        [{ stance: "DENIES" }, 0, 0],
        [{ actor: gid.hidden }, 0, 0],
        // Quotes cover "Sentence n", claims "umber NN. " of each sentence.
        [{ search: "Sentence" }, 1, 0],
        [{ search: "umber" }, 0, 1],
      ];
      for (const [filter, quotes, claims] of cases) {
        const data = await api.ok(LISTS, { filter });
        expect({ filter, quotes: data.quotes.totalCount, claims: data.claims.totalCount }).toEqual({
          filter,
          quotes,
          claims,
        });
        expect(data.quotes.edges).toHaveLength(quotes);
        expect(data.claims.edges).toHaveLength(claims);
        expect(data.annotations.totalCount).toBe(quotes + claims);
      }
    });
  });

  describe("node(id:)", () => {
    it.each(ALL_STATUSES)("a %s quote and claim are visible only when PUBLISHED", async (status) => {
      const q = `query ($q: ID!, $c: ID!) { q: node(id: $q) { id } c: node(id: $c) { id } }`;
      const data = await api.ok(q, { q: quoteGid[status], c: claimGid[status] });
      if (status === "PUBLISHED") {
        expect(data).toEqual({ q: { id: quoteGid[status] }, c: { id: claimGid[status] } });
      } else {
        expect(data).toEqual({ q: null, c: null });
      }
    });
  });

  describe("Article edges", () => {
    it("quotes, claims, annotations and actors show only PUBLISHED annotations", async () => {
      const q = `query ($id: ID!) {
        article(id: $id) {
          quotes { totalCount edges { node { id } } }
          claims { totalCount edges { node { id } } }
          backing: claims(topic: "FOREIGN_BACKING") { totalCount edges { node { id } } }
          annotations { totalCount edges { node { id } } }
          actors { totalCount edges { node { name } } }
        }
      }`;
      const { article } = await api.ok(q, { id: gid.article });
      expect(edgeIds(article.quotes)).toEqual([quoteGid.PUBLISHED]);
      expect(article.quotes.totalCount).toBe(1);
      expect(edgeIds(article.claims)).toEqual([claimGid.PUBLISHED]);
      expect(article.claims.totalCount).toBe(1);
      expect(edgeIds(article.backing)).toEqual([claimGid.PUBLISHED]);
      expect(edgeIds(article.annotations)).toEqual([quoteGid.PUBLISHED, claimGid.PUBLISHED]);
      expect(article.annotations.totalCount).toBe(2);
      expect(article.actors.edges.map((e: any) => e.node.name)).toEqual([
        "Visible Claimant",
        "Visible Counterpart",
        "Visible Speaker",
        "Visible Subject",
      ]);
      expect(article.actors.totalCount).toBe(4);

      const empty = (await api.ok(q, { id: gid.unpublished })).article;
      for (const field of ["quotes", "claims", "backing", "annotations", "actors"]) {
        expect({ field, total: empty[field].totalCount, edges: empty[field].edges }).toEqual({
          field,
          total: 0,
          edges: [],
        });
      }
    });
  });

  describe("Actor edges", () => {
    const ACTOR = `query ($id: ID!, $topic: String) {
      actor(id: $id) {
        quotes { totalCount edges { node { id } } }
        claimsMade(topic: $topic) { totalCount edges { node { id } } }
        claimsAbout(topic: $topic) { totalCount edges { node { id } } }
        claimsAsCounterpart(topic: $topic) { totalCount edges { node { id } } }
      }
    }`;

    it("quotes, claimsMade, claimsAbout and claimsAsCounterpart show only PUBLISHED annotations", async () => {
      for (const topic of [null, "FOREIGN_BACKING"]) {
        const speaker = (await api.ok(ACTOR, { id: gid.speaker, topic })).actor;
        expect(edgeIds(speaker.quotes)).toEqual([quoteGid.PUBLISHED]);
        expect(speaker.quotes.totalCount).toBe(1);
        const subject = (await api.ok(ACTOR, { id: gid.subject, topic })).actor;
        expect(edgeIds(subject.claimsAbout)).toEqual([claimGid.PUBLISHED]);
        expect(subject.claimsAbout.totalCount).toBe(1);
        const claimant = (await api.ok(ACTOR, { id: gid.claimant, topic })).actor;
        expect(edgeIds(claimant.claimsMade)).toEqual([claimGid.PUBLISHED]);
        expect(claimant.claimsMade.totalCount).toBe(1);
        const counterpart = (await api.ok(ACTOR, { id: gid.counterpart, topic })).actor;
        expect(edgeIds(counterpart.claimsAsCounterpart)).toEqual([claimGid.PUBLISHED]);
        expect(counterpart.claimsAsCounterpart.totalCount).toBe(1);
      }
    });

    it("an actor named only by unpublished annotations has empty edges", async () => {
      const { actor } = await api.ok(ACTOR, { id: gid.hidden });
      for (const field of ["quotes", "claimsMade", "claimsAbout", "claimsAsCounterpart"]) {
        expect({ field, total: actor[field].totalCount, edges: actor[field].edges }).toEqual({
          field,
          total: 0,
          edges: [],
        });
      }
    });
  });

  describe("articles filter", () => {
    const ARTICLES = `query ($filter: ArticleFilter) { articles(filter: $filter) { totalCount edges { node { id } } } }`;

    it("actor and topic count only PUBLISHED annotations", async () => {
      for (const filter of [
        { actor: gid.speaker },
        { actor: gid.subject },
        { actor: gid.claimant },
        { actor: gid.counterpart },
        { topic: "FOREIGN_BACKING" },
        { topic: "FOREIGN_BACKING", stance: "ASSERTS" },
      ]) {
        const { articles } = await api.ok(ARTICLES, { filter });
        expect({ filter, ids: edgeIds(articles), total: articles.totalCount }).toEqual({
          filter,
          ids: [gid.article],
          total: 1,
        });
      }
      for (const filter of [{ actor: gid.hidden }, { topic: "FOREIGN_BACKING", stance: "DENIES" }]) {
        const { articles } = await api.ok(ARTICLES, { filter });
        expect({ filter, total: articles.totalCount, edges: articles.edges }).toEqual({ filter, total: 0, edges: [] });
      }
    });
  });

  describe("Claim.quote and Quote.claims", () => {
    it("a published claim made in an unpublished quote has quote null", async () => {
      const q = `query ($id: ID!) { node(id: $id) { ... on Claim { quote { id } counterparts { name } } } }`;
      const { node } = await api.ok(q, { id: claimGid.PUBLISHED });
      expect(node.quote).toBeNull();
      expect(names(node.counterparts)).toEqual(["Visible Counterpart"]);
    });

    it("a published quote does not show the unpublished claims made in it", async () => {
      const q = `query ($id: ID!) { node(id: $id) { ... on Quote { claims { totalCount edges { node { id } } } } } }`;
      const { node } = await api.ok(q, { id: quoteGid.PUBLISHED });
      expect(node.claims).toEqual({ totalCount: 0, edges: [] });
    });
  });
});

describe("statement count", () => {
  let db: TestDatabase;
  let api: TestApi;
  /** By article title: the actors and topics of its two quotes and two claims, in text order. */
  const expected = new Map<
    string,
    { speakers: string[]; subjects: string[]; claimants: string[]; counterparts: string[][]; topics: string[] }
  >();

  const QUERY = `query ($n: Int!) {
    articles(first: $n) { edges { node {
      title
      quotes { edges { node { exact speaker { name } } } }
      claims { edges { node { stance subject { name } counterparts { name } claimant { name } topic { key } } } }
    } } }
  }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    // One pool of actors per role, so that every role's actors are loaded, whatever the page size
    // (with shared pools the loader's cache would spare a query at one size but not the other).
    const pool = async (role: string, size: number) => {
      const actors: Awaited<ReturnType<typeof makeActor>>[] = [];
      for (let i = 0; i < size; i++)
        actors.push(await makeActor(db.prisma, { name: `${role} ${String(i).padStart(2, "0")}` }));
      return (k: number) => actors[k % size];
    };
    const speaker = await pool("Speaker", 10);
    const subject = await pool("Subject", 10);
    const claimant = await pool("Claimant", 10);
    const counterpart = await pool("Counterpart", 20);
    const topics = [await makeTopic(db.prisma, "FOREIGN_BACKING"), await makeTopic(db.prisma, "CEASEFIRE")];
    const build = async (i: number) => {
      const title = `Article ${String(i).padStart(2, "0")}`;
      const article = await makeArticle(db.prisma, { title });
      const speakers = [speaker(2 * i), speaker(2 * i + 1)];
      const counterparts = [
        [counterpart(i), counterpart(i + 1)],
        [counterpart(i + 2), counterpart(i + 3)],
      ];
      const subjects = [subject(i), subject(i + 1)];
      const claimants = [claimant(i), claimant(i + 3)];
      await makeQuote(db.prisma, article, { start: 0, end: 10, speakerId: speakers[0].id });
      await makeQuote(db.prisma, article, { start: 10, end: 20, speakerId: speakers[1].id });
      for (const [k, pair] of counterparts.entries()) {
        await makeClaim(db.prisma, article, {
          start: 20 + k * 10,
          end: 30 + k * 10,
          subjectId: subjects[k].id,
          claimantId: claimants[k].id,
          counterpartIds: pair.map((a) => a.id),
          topicId: topics[(i + k) % 2].id,
          stance: k === 0 ? "ASSERTS" : "DENIES",
        });
      }
      expected.set(title, {
        speakers: names(speakers),
        subjects: names(subjects),
        claimants: names(claimants),
        counterparts: counterparts.map(names),
        topics: [0, 1].map((k) => topics[(i + k) % 2].key),
      });
    };
    for (let i = 0; i < 50; i += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => build(i + k)));
  });
  afterAll(() => db.drop());

  describe("articles with nested quotes and claims", () => {
    it("a nested list query must not grow its statement count with page size", async () => {
      let one: any;
      let fifty: any;
      const small = await countStatements(db, async () => {
        one = await api.ok(QUERY, { n: 1 });
      });
      const large = await countStatements(db, async () => {
        fifty = await api.ok(QUERY, { n: 50 });
      });
      expect(one.articles.edges).toHaveLength(1);
      expect(fifty.articles.edges).toHaveLength(50);
      // Bounded by the query's shape, not its page size. (Exact equality would test timing: a
      // loader whose keys arrive from two database responses may batch once or twice.)
      expect(small).toBeLessThanOrEqual(12);
      expect(large).toBeLessThanOrEqual(12);

      const titles = new Set<string>();
      for (const { node } of fifty.articles.edges) {
        titles.add(node.title);
        const want = expected.get(node.title)!;
        expect(node.quotes.edges).toHaveLength(2);
        expect(node.quotes.edges.map((e: any) => e.node.speaker.name)).toEqual(want.speakers);
        expect(
          node.quotes.edges.every((e: any) => typeof e.node.exact === "string" && e.node.exact.length === 10),
        ).toBe(true);
        expect(node.claims.edges).toHaveLength(2);
        expect(node.claims.edges.map((e: any) => names(e.node.counterparts))).toEqual(want.counterparts);
        expect(node.claims.edges.map((e: any) => e.node.stance)).toEqual(["ASSERTS", "DENIES"]);
        expect(node.claims.edges.map((e: any) => e.node.subject.name)).toEqual(want.subjects);
        expect(node.claims.edges.map((e: any) => e.node.claimant.name)).toEqual(want.claimants);
        expect(node.claims.edges.map((e: any) => e.node.topic.key)).toEqual(want.topics);
      }
      expect(titles.size).toBe(50);
    });
  });
});
