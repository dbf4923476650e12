import { makeArticle } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi, dbId } from "../support/graphql";

const CREATE_QUOTE = `mutation ($input: CreateQuoteInput!) {
  createQuote(input: $input) { quote { id version status } errors { code message } }
}`;
const TRANSITION = `mutation ($input: TransitionAnnotationInput!) {
  transitionAnnotation(input: $input) {
    annotation { id status version ... on Node { id } }
    errors { code message field currentVersion }
  }
}`;
const UPDATE = `mutation ($input: UpdateAnnotationInput!) {
  updateAnnotation(input: $input) { annotation { id status version } errors { code currentVersion } }
}`;
const AVAILABLE = `query ($id: ID!) {
  node(id: $id) { ... on Annotation { status version availableTransitions { to requiresComment } } }
}`;

describe("workflow", () => {
  let db: TestDatabase;
  let api: TestApi;
  let annotator: TestUser;
  let reviewer: TestUser;
  let admin: TestUser;
  let article: { gid: string; id: string; body: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    [annotator, reviewer, admin] = await Promise.all([api.user("ANNOTATOR"), api.user("REVIEWER"), api.user("ADMIN")]);
    article = await makeArticle(db.prisma);
  });
  afterAll(() => db.drop());

  async function draft(by: TestUser = annotator) {
    const data = await by.api.ok(CREATE_QUOTE, { input: { articleId: article.gid, start: 0, end: 4 } });
    expect(data.createQuote.errors).toEqual([]);
    return data.createQuote.quote as { id: string; version: number; status: string };
  }
  async function move(by: TestUser, id: string, to: string, expectedVersion: number, comment?: string) {
    const data = await by.api.ok(TRANSITION, { input: { id, to, expectedVersion, comment } });
    return data.transitionAnnotation as { annotation: any; errors: any[] };
  }

  describe("transitionAnnotation", () => {
    it("takes an annotation from draft to published with two people, and a reader then sees it", async () => {
      const quote = await draft();
      expect(await api.ok(AVAILABLE, { id: quote.id })).toEqual({ node: null });
      expect((await move(annotator, quote.id, "IN_REVIEW", 1)).annotation).toMatchObject({
        status: "IN_REVIEW",
        version: 2,
      });
      expect((await move(reviewer, quote.id, "APPROVED", 2)).annotation).toMatchObject({
        status: "APPROVED",
        version: 3,
      });
      expect((await move(reviewer, quote.id, "PUBLISHED", 3)).annotation).toMatchObject({
        status: "PUBLISHED",
        version: 4,
      });
      expect(await api.ok(AVAILABLE, { id: quote.id })).toEqual({
        node: { status: "PUBLISHED", version: 4, availableTransitions: [] },
      });
      const events = await db.prisma.annotationEvent.findMany({
        where: { annotationId: dbId(quote.id) },
        orderBy: { version: "asc" },
      });
      expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.userId])).toEqual([
        ["CREATED", null, "DRAFT", annotator.id],
        ["TRANSITIONED", "DRAFT", "IN_REVIEW", annotator.id],
        ["TRANSITIONED", "IN_REVIEW", "APPROVED", reviewer.id],
        ["TRANSITIONED", "APPROVED", "PUBLISHED", reviewer.id],
      ]);
    });

    it("tells each viewer the moves they may make", async () => {
      const quote = await draft();
      const moves = async (by: TestUser) =>
        (await by.api.ok(AVAILABLE, { id: quote.id })).node.availableTransitions.map((t: any) => t.to);
      expect(await moves(annotator)).toEqual(["IN_REVIEW"]);
      expect(await moves(reviewer)).toEqual([]);
      expect(await moves(admin)).toEqual(["IN_REVIEW"]);
      await move(annotator, quote.id, "IN_REVIEW", 1);
      expect(await moves(annotator)).toEqual([]);
      expect(await moves(reviewer)).toEqual(["APPROVED", "CHANGES_REQUESTED", "REJECTED"]);
    });

    it("refuses a move by the author or the last editor to approve or publish (four eyes), admins included", async () => {
      const own = await draft(admin);
      await move(admin, own.id, "IN_REVIEW", 1);
      expect((await move(admin, own.id, "APPROVED", 2)).errors).toEqual([
        expect.objectContaining({ code: "FORBIDDEN", field: ["input", "to"] }),
      ]);

      const quote = await draft();
      await move(annotator, quote.id, "IN_REVIEW", 1);
      const edited = await reviewer.api.ok(UPDATE, {
        input: { id: quote.id, expectedVersion: 2, note: "fixed a typo" },
      });
      expect(edited.updateAnnotation.annotation).toMatchObject({ status: "IN_REVIEW", version: 3 });
      expect((await move(reviewer, quote.id, "APPROVED", 3)).errors[0].code).toBe("FORBIDDEN");
      expect((await move(admin, quote.id, "APPROVED", 3)).annotation.status).toBe("APPROVED");
    });

    it("holds everyone who edited the annotation to four eyes, not only its last editor", async () => {
      const quote = await draft();
      await move(annotator, quote.id, "IN_REVIEW", 1);
      const other = await api.user("REVIEWER");
      await reviewer.api.ok(UPDATE, { input: { id: quote.id, expectedVersion: 2, exact: article.body.slice(0, 5) } });
      await other.api.ok(UPDATE, { input: { id: quote.id, expectedVersion: 3, note: "checked" } });
      expect((await move(reviewer, quote.id, "APPROVED", 4)).errors[0].code).toBe("FORBIDDEN");
      expect((await reviewer.api.ok(AVAILABLE, { id: quote.id })).node.availableTransitions).toEqual([]);
      expect((await move(admin, quote.id, "APPROVED", 4)).annotation.status).toBe("APPROVED");
    });

    it("needs a comment to request changes, reject or retract, and keeps it in the history", async () => {
      const quote = await draft();
      await move(annotator, quote.id, "IN_REVIEW", 1);
      expect((await move(reviewer, quote.id, "CHANGES_REQUESTED", 2)).errors).toEqual([
        expect.objectContaining({ code: "COMMENT_REQUIRED", field: ["input", "comment"] }),
      ]);
      const sentBack = await move(reviewer, quote.id, "CHANGES_REQUESTED", 2, "Speaker is wrong");
      expect(sentBack.annotation.status).toBe("CHANGES_REQUESTED");
      const last = await db.prisma.annotationEvent.findFirstOrThrow({
        where: { annotationId: dbId(quote.id) },
        orderBy: { version: "desc" },
      });
      expect(last).toMatchObject({ kind: "TRANSITIONED", comment: "Speaker is wrong", version: 3 });
    });

    it("sends an edited APPROVED annotation back to review", async () => {
      const quote = await draft();
      await move(annotator, quote.id, "IN_REVIEW", 1);
      await move(reviewer, quote.id, "APPROVED", 2);
      const edited = await admin.api.ok(UPDATE, { input: { id: quote.id, expectedVersion: 3, note: "late fix" } });
      expect(edited.updateAnnotation.annotation).toMatchObject({ status: "IN_REVIEW", version: 4 });
    });

    it("retracts a published annotation with a reason; readers no longer see it", async () => {
      const quote = await draft();
      await move(annotator, quote.id, "IN_REVIEW", 1);
      await move(reviewer, quote.id, "APPROVED", 2);
      await move(admin, quote.id, "PUBLISHED", 3);
      expect((await api.ok(AVAILABLE, { id: quote.id })).node).not.toBeNull();
      const retracted = await move(reviewer, quote.id, "RETRACTED", 4, "Misattributed quote");
      expect(retracted.annotation.status).toBe("RETRACTED");
      expect((await db.prisma.annotation.findUniqueOrThrow({ where: { id: dbId(quote.id) } })).retractionReason).toBe(
        "Misattributed quote",
      );
      expect(await api.ok(AVAILABLE, { id: quote.id })).toEqual({ node: null });
      const notices = await api.ok(`query ($id: ID!) { article(id: $id) { retractions { id kind reason } } }`, {
        id: article.gid,
      });
      expect(notices.article.retractions).toContainEqual({
        id: quote.id,
        kind: "QUOTE",
        reason: "Misattributed quote",
      });
    });

    it("refuses moves the table does not have, and readers", async () => {
      const quote = await draft();
      expect((await move(admin, quote.id, "PUBLISHED", 1)).errors[0].code).toBe("INVALID_TRANSITION");
      const anonymous = await api.run(TRANSITION, { input: { id: quote.id, to: "IN_REVIEW", expectedVersion: 1 } });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("concurrency", () => {
    it("lets exactly one of 60 concurrent conflicting edits and moves win; no update is lost and the history matches", async () => {
      const quote = await draft();
      await move(annotator, quote.id, "IN_REVIEW", 1);
      // Version 2, IN_REVIEW: reviewers and admins race to approve, request changes, reject and edit.
      const racers = await Promise.all(Array.from({ length: 6 }, (_, i) => api.user(i % 2 ? "REVIEWER" : "ADMIN")));
      const attempts = Array.from({ length: 60 }, (_, i) => {
        const by = racers[i % racers.length]!;
        switch (i % 4) {
          case 0:
            return by.api.ok(TRANSITION, { input: { id: quote.id, to: "APPROVED", expectedVersion: 2 } });
          case 1:
            return by.api.ok(TRANSITION, {
              input: { id: quote.id, to: "CHANGES_REQUESTED", expectedVersion: 2, comment: `fix ${i}` },
            });
          case 2:
            return by.api.ok(TRANSITION, {
              input: { id: quote.id, to: "REJECTED", expectedVersion: 2, comment: `no ${i}` },
            });
          default:
            return by.api.ok(UPDATE, { input: { id: quote.id, expectedVersion: 2, note: `edit ${i}` } });
        }
      });
      const results = (await Promise.all(attempts)).map(
        (data: any) => data.transitionAnnotation ?? data.updateAnnotation,
      );
      const winners = results.filter((r) => r.errors.length === 0);
      const losers = results.filter((r) => r.errors.length > 0);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(59);
      for (const loser of losers)
        expect(loser.errors).toEqual([expect.objectContaining({ code: "CONFLICT", currentVersion: 3 })]);

      const row = await db.prisma.annotation.findUniqueOrThrow({ where: { id: dbId(quote.id) } });
      expect(row.version).toBe(3);
      expect(row.status).toBe(winners[0].annotation.status);
      const events = await db.prisma.annotationEvent.findMany({
        where: { annotationId: row.id },
        orderBy: { version: "asc" },
      });
      expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
      expect(events[2]!.toStatus).toBe(row.status);
      if (events[2]!.kind === "UPDATED") expect(row.note).toMatch(/^edit /);
    });
  });
});
