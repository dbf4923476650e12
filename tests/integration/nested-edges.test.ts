import { randomUUID } from "node:crypto";
import { contentHash } from "../../src/modules/ingest/article.parser";
import { makeActor, makeArticle, makeClaim, makeQuote, makeTopic } from "../factories";
import type { TestDatabase } from "../support/database";
import { countReads, createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";

/**
 * Nested edges page in SQL on the resolvers' path too (what answers the operations the planner
 * does not cover; planned reads are counted in statements.test.ts): every edge costs a fixed
 * number of statements whatever the page size, and reads rows in proportion to the pages asked
 * for, not to how many children a parent has. Statements and the rows they return are counted
 * at the driver.
 */
describe("nested edges", () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db, { plannedReads: false });
  });
  afterAll(() => db.drop());

  /** Every nested edge of the API, with small pages. */
  const EVERY_EDGE = `query ($n: Int!, $source: String!) {
    articles(first: $n, filter: { source: $source }) { edges { node {
      title
      quotes(first: 2) { totalCount edges { node { exact speaker { name aliases } claims(first: 2) { edges { node { id } } } } } }
      claims(first: 3) { totalCount edges { node {
        stance topic { key } subject { name aliases } counterparts { name aliases } claimant { name } quote { id }
      } } }
      annotations(first: 2) { edges { node { id } } }
      retractions { reason }
      actors(first: 3) { totalCount edges { node {
        name aliases
        quotes(first: 1) { edges { node { id } } }
        claimsAbout(first: 1) { edges { node { id } } }
        claimsMade(first: 1) { edges { node { id } } }
        claimsAsCounterpart(first: 1) { edges { node { id } } }
      } } }
    } } }
    topics { edges { node { key } } }
  }`;

  /**
   * Articles of one source, each with `children` quotes and claims (more than any page here
   * asks for; at least 6, so that each of the 6 actors has every role on every article),
   * speakers and counterparts with aliases, claims on four topics, one retraction.
   */
  async function corpus(source: string, articles: number, children: number) {
    const topics = await Promise.all(
      ["FOREIGN_BACKING", "CEASEFIRE", "SANCTIONS", "ELECTIONS"].map((key) => makeTopic(db.prisma, key)),
    );
    const actors = [];
    for (let i = 0; i < 6; i++) {
      actors.push(
        await makeActor(db.prisma, { name: `${source} actor ${i}`, aliases: [`${source}${i}a`, `${source}${i}b`] }),
      );
    }
    for (let i = 0; i < articles; i++) {
      const body = `${source} article ${i} ${randomUUID()} `.padEnd(40 * children + 200, "text ");
      const article = await makeArticle(db.prisma, { title: `${source} ${i}`, body, source });
      for (let k = 0; k < children; k++) {
        const quote = await makeQuote(db.prisma, article, {
          start: k * 20,
          end: k * 20 + 5,
          speakerId: actors[k % 6]!.id,
        });
        await makeClaim(db.prisma, article, {
          start: k * 20 + 10,
          end: k * 20 + 15,
          subjectId: actors[(k + 1) % 6]!.id,
          claimantId: actors[(k + 2) % 6]!.id,
          counterpartIds: [actors[(k + 3) % 6]!.id, actors[(k + 4) % 6]!.id],
          topicId: topics[k % 4]!.id,
          quoteId: quote.id,
        });
      }
      await makeQuote(db.prisma, article, { start: 40 * children, end: 40 * children + 5, status: "RETRACTED" });
    }
  }

  describe("every edge in one query", () => {
    beforeAll(async () => {
      await corpus("few", 50, 6);
      // More articles than the page of 3 asked for below, as for "few": both lists look ahead.
      await corpus("many", 4, 30);
    });

    it("costs a number of statements fixed by the query's shape, for 1 article as for 50", async () => {
      const one = await countReads(db, () => api.ok(EVERY_EDGE, { n: 1, source: "few" }));
      let fifty: any;
      const many = await countReads(db, async () => {
        fifty = await api.ok(EVERY_EDGE, { n: 50, source: "few" });
      });
      expect(fifty.articles.edges).toHaveLength(50);
      // Bounded by the query's shape, not by the page size. Not an exact equality: a loader whose
      // keys arrive from two database responses may batch once or twice (timing, not size).
      expect(one.statements).toBeLessThanOrEqual(25);
      expect(many.statements).toBeLessThanOrEqual(25);
      // Rows grow with the pages asked for: at most in proportion to the articles.
      expect(many.rows).toBeLessThanOrEqual(50 * one.rows);
    });

    it("reads as many rows for parents with 30 children as for parents with 6", async () => {
      const few = await countReads(db, () => api.ok(EVERY_EDGE, { n: 3, source: "few" }));
      let data: any;
      const many = await countReads(db, async () => {
        data = await api.ok(EVERY_EDGE, { n: 3, source: "many" });
      });
      expect(data.articles.edges[0].node.quotes.totalCount).toBe(30);
      expect(data.articles.edges[0].node.quotes.edges).toHaveLength(2);
      expect(many.rows).toBe(few.rows);
      // Statements can differ by a batch that a cache hit spares; both stay within the bound.
      expect(Math.max(many.statements, few.statements)).toBeLessThanOrEqual(25);
    });

    it("reads totalCount only when it is asked for", async () => {
      const without = await countReads(db, () =>
        api.ok(`{ articles(first: 5) { edges { node { quotes(first: 1) { edges { node { id } } } } } } }`),
      );
      const withCount = await countReads(db, () =>
        api.ok(`{ articles(first: 5) { edges { node { quotes(first: 1) { totalCount edges { node { id } } } } } } }`),
      );
      expect(withCount.statements).toBe(without.statements + 1);
    });
  });

  describe("an actor's claimsAbout(first: 5)", () => {
    /** An actor about whom `count` published claims are made, written in bulk. */
    async function subjectOf(count: number) {
      const actor = await makeActor(db.prisma, { name: `Subject of ${count}` });
      const topic = await makeTopic(db.prisma, "FOREIGN_BACKING");
      const body = `Claims about an actor ${randomUUID()} `.padEnd(count * 12 + 100, "claim ");
      const article = await db.prisma.article.create({
        data: { title: `${count} claims`, body, contentHash: contentHash(body) },
      });
      const ids = Array.from({ length: count }, () => randomUUID());
      await db.prisma.annotation.createMany({
        data: ids.map((id, i) => ({
          id,
          articleId: article.id,
          kind: "CLAIM" as const,
          status: "PUBLISHED" as const,
          start: i * 12,
          end: i * 12 + 5,
          exact: body.slice(i * 12, i * 12 + 5),
        })),
      });
      await db.prisma.claim.createMany({
        data: ids.map((annotationId) => ({
          annotationId,
          topicId: topic.id,
          subjectId: actor.id,
          stance: "ASSERTS" as const,
          attributionKind: "UNATTRIBUTED" as const,
        })),
      });
      return actor.gid;
    }

    it("reads the same rows at 5 claims as at 5,000", async () => {
      const query = `query ($id: ID!) { actor(id: $id) { claimsAbout(first: 5) { edges { node { exact article { title } } } } } }`;
      const small = await subjectOf(5);
      const large = await subjectOf(5000);
      let data: any;
      const five = await countReads(db, () => api.ok(query, { id: small }));
      const fiveThousand = await countReads(db, async () => {
        data = await api.ok(query, { id: large });
      });
      expect(data.actor.claimsAbout.edges).toHaveLength(5);
      expect(fiveThousand).toEqual(five);
      expect(five.rows).toBeLessThanOrEqual(10);
    });
  });
});
