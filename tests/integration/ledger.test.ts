import { seedDatabase } from "../../src/modules/ingest/seed.service";
import { makeArticle, makeClaim } from "../factories";
import type { TestDatabase } from "../support/database";
import { countReads, createTestDatabase } from "../support/database";
import { errorCodes } from "../support/expect";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";

/**
 * The claims ledger over the three seed articles: who asserts and who denies that the Libyan
 * National Army is backed from abroad, by whom, grouped by backer, with the seed's general denial
 * ("they have received no foreign support") shown as such.
 */
describe("ledger", () => {
  let db: TestDatabase;
  let api: TestApi;
  let editor: TestUser;
  let lna: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    await seedDatabase(db.prisma);
    editor = await api.user("REVIEWER");
    lna = (await api.ok(`{ actors(filter: { alias: "LNA" }) { edges { node { id } } } }`)).actors.edges[0].node.id;
  });
  afterAll(() => db.drop());

  const SIDE = `stance general count firstSeen lastSeen
    sources { claimant { name } attributionText attributionKind count }
    claims { exact article { title } }`;
  const LEDGER = `query ($subject: ID!, $topic: String!) { ledger(subjectId: $subject, topic: $topic) {
    subject { name } topic { key } claimCount
    counterparts { counterpart { name } asserts { ${SIDE} } denies { ${SIDE} } generalDenials { count general } }
    generalDenials { ${SIDE} } generalAssertions { count } } }`;

  it("filters articles by a claim's attribution and state, as the claim lists do", async () => {
    const ARTICLES = `query ($filter: ArticleFilter) { articles(filter: $filter, first: 50) { edges { node { id title } } } }`;
    const CLAIMS = `query ($filter: AnnotationFilter) { claims(filter: $filter, first: 50) { edges { node { article { id } } } } }`;
    for (const filter of [
      { topic: "FOREIGN_BACKING", attributionKind: "UNATTRIBUTED" },
      { attributionKind: "SELF", stance: "DENIES" },
      { status: ["PUBLISHED"], attributionKind: "NAMED_SOURCE" },
    ]) {
      const articles = (await api.ok(ARTICLES, { filter })).articles.edges.map((e: any) => e.node.id).sort();
      const claims = (await api.ok(CLAIMS, { filter })).claims.edges.map((e: any) => e.node.article.id);
      expect(articles).toEqual([...new Set(claims)].sort());
    }
    const unattributed = await api.ok(ARTICLES, {
      filter: { topic: "FOREIGN_BACKING", attributionKind: "UNATTRIBUTED" },
    });
    expect(unattributed.articles.edges.map((e: any) => e.node.title)).toContain("US delegate meets Libyan commander");
    // Readers see published work only: no article has a draft they can see.
    expect((await api.ok(ARTICLES, { filter: { status: ["DRAFT"] } })).articles.edges).toEqual([]);
  });

  it("filters actors by the claims and articles that name them, as the claim lists do", async () => {
    const ACTORS = `query ($filter: ActorFilter) { actors(filter: $filter, first: 100) { edges { node { id } } } }`;
    const CLAIMS = `query ($filter: AnnotationFilter) { claims(filter: $filter, first: 100) { edges { node {
      subject { id } claimant { id } counterparts { id } } } } }`;
    const named = (data: any) =>
      new Set(
        data.claims.edges.flatMap(({ node }: any) => [
          node.subject.id,
          ...(node.claimant ? [node.claimant.id] : []),
          ...node.counterparts.map((c: any) => c.id),
        ]),
      );
    for (const filter of [
      { topic: "FOREIGN_BACKING", stance: "DENIES" },
      { attributionKind: "UNATTRIBUTED" },
      { topic: "FOREIGN_BACKING", publishedAfter: "2019-12-01T00:00:00.000Z" },
    ]) {
      const actors = (await api.ok(ACTORS, { filter })).actors.edges.map((e: any) => e.node.id).sort();
      expect(actors.length).toBeGreaterThan(0);
      expect(actors).toEqual([...named(await api.ok(CLAIMS, { filter }))].sort());
    }
    const { articles } = await api.ok(
      `{ articles(first: 1) { edges { node { id actors(first: 100) { edges { node { id } } } } } } }`,
    );
    const article = articles.edges[0].node;
    const inArticle = await api.ok(ACTORS, { filter: { article: article.id } });
    expect(inArticle.actors.edges.map((e: any) => e.node.id).sort()).toEqual(
      article.actors.edges.map((e: any) => e.node.id).sort(),
    );
    expect((await api.ok(ACTORS, { filter: { status: ["DRAFT"] } })).actors.edges).toEqual([]);
  });

  it("puts the seed's assertion and the LNA's denials on opposite sides, the general denial as such", async () => {
    const { ledger } = await api.ok(LEDGER, { subject: lna, topic: "FOREIGN_BACKING" });
    expect(ledger.subject.name).toBe("Libyan National Army");
    expect(ledger.claimCount).toBe(9);
    const entry = (name: string) => ledger.counterparts.find((c: any) => c.counterpart.name === name);

    const mercenaries = entry("Russian mercenaries");
    expect(mercenaries.asserts.count).toBe(1);
    expect(mercenaries.asserts.sources).toEqual([
      { claimant: null, attributionText: "the reports", attributionKind: "UNATTRIBUTED", count: 1 },
    ]);
    expect(mercenaries.asserts.claims[0].exact).toBe(
      "Haftar’s party is backed by Russian mercenaries, Egypt and the United Arab Emirates",
    );
    expect(mercenaries.denies.count).toBe(1);
    expect(mercenaries.denies.sources[0].claimant.name).toBe("Libyan National Army");
    expect(mercenaries.generalDenials).toEqual({ count: 1, general: true });

    // The general denial is its own side, not folded into any backer's denials.
    expect(ledger.generalDenials).toMatchObject({ stance: "DENIES", general: true, count: 1 });
    expect(ledger.generalDenials.claims[0].exact).toBe("they have received no foreign support");
    expect(ledger.generalDenials.sources[0]).toMatchObject({
      claimant: { name: "Libyan National Army" },
      attributionKind: "SELF",
    });
    expect(entry("Egypt").denies.count).toBe(0);

    const uae = entry("United Arab Emirates");
    expect(ledger.counterparts[0].counterpart.name).toBe("United Arab Emirates");
    expect([uae.asserts.count, uae.denies.count]).toEqual([4, 1]);
    expect(new Set(uae.asserts.claims.map((c: any) => c.article.title)).size).toBe(3);
    expect(uae.asserts.firstSeen).toBe("2019-11-26T00:00:00.000Z");
    expect(uae.asserts.lastSeen).toBe("2020-06-12T00:00:00.000Z");
    expect(uae.denies.sources[0].claimant.name).toBe("United Arab Emirates");
  });

  it("counts only what the viewer sees, in the same statements however many claims there are", async () => {
    const ledger = async (who: TestApi | TestUser["api"]) =>
      (await who.ok(LEDGER, { subject: lna, topic: "FOREIGN_BACKING" })).ledger;
    const before = await countReads(db, () => ledger(api));
    const article = await makeArticle(db.prisma, { body: "Unnamed officials said foreign drones flew over Sirte." });
    const subject = (await db.prisma.actor.findFirst({ where: { name: "Libyan National Army" } }))!;
    const topic = (await db.prisma.topic.findUnique({ where: { key: "FOREIGN_BACKING" } }))!;
    const egypt = (await db.prisma.actor.findFirst({ where: { name: "Egypt" } }))!;
    for (let i = 0; i < 6; i++) {
      await makeClaim(db.prisma, article, {
        subjectId: subject.id,
        topicId: topic.id,
        start: i,
        end: i + 20,
        counterpartIds: [egypt.id],
        status: i < 3 ? "PUBLISHED" : "DRAFT",
      });
    }
    expect((await ledger(api)).claimCount).toBe(12);
    expect((await ledger(editor.api)).claimCount).toBe(15);
    const after = await countReads(db, () => ledger(api));
    expect(after.statements).toBe(before.statements);
    expect(after.statements).toBeLessThanOrEqual(5);
  });

  it("summarises, per topic, how often an actor asserts and denies as claimant (Actor.stanceSummary)", async () => {
    const { actor } = await api.ok(
      `query ($id: ID!) { actor(id: $id) { stanceSummary { topic { key } asserts denies } } }`,
      {
        id: lna,
      },
    );
    expect(actor.stanceSummary).toContainEqual({ topic: { key: "FOREIGN_BACKING" }, asserts: 0, denies: 2 });
    const keys = actor.stanceSummary.map((entry: any) => entry.topic.key);
    expect(keys).toEqual([...keys].sort());
  });

  it("refuses an unknown actor or topic with a coded error", async () => {
    expect(errorCodes(await api.run(LEDGER, { subject: lna, topic: "NO_SUCH_TOPIC" }))).toEqual(["UNKNOWN_TOPIC"]);
    const missing = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64url");
    expect(errorCodes(await api.run(LEDGER, { subject: missing, topic: "FOREIGN_BACKING" }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await api.run(LEDGER, { subject: "nope", topic: "FOREIGN_BACKING" }))).toEqual(["INVALID_ID"]);
  });
});
