import { makeArticle } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";

const HISTORY = `query ($id: ID!) {
  node(id: $id) {
    ... on Annotation {
      status
      history { totalCount edges { node { kind fromStatus toStatus version changes comment user { email } } } }
      comments { edges { node { id body parentId author { email } } } }
    }
  }
}`;

describe("history and comments", () => {
  let db: TestDatabase;
  let api: TestApi;
  let annotator: TestUser;
  let reviewer: TestUser;
  let admin: TestUser;
  let quoteId: string;
  let articleGid: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    [annotator, reviewer, admin] = await Promise.all([api.user("ANNOTATOR"), api.user("REVIEWER"), api.user("ADMIN")]);
    const article = await makeArticle(db.prisma);
    articleGid = article.gid;
    const created = await annotator.api.ok(
      `mutation ($a: ID!) { createQuote(input: { articleId: $a, start: 0, end: 4 }) { quote { id } } }`,
      { a: article.gid },
    );
    quoteId = created.createQuote.quote.id;
    await annotator.api.ok(
      `mutation ($id: ID!) { updateAnnotation(input: { id: $id, expectedVersion: 1, speakerText: "the minister" }) { errors { code } } }`,
      { id: quoteId },
    );
    await annotator.api.ok(
      `mutation ($id: ID!) { transitionAnnotation(input: { id: $id, to: IN_REVIEW, expectedVersion: 2 }) { errors { code } } }`,
      { id: quoteId },
    );
  });
  afterAll(() => db.drop());

  describe("addComment", () => {
    it("threads comments, appends a COMMENTED event, and leaves the version alone", async () => {
      const first = await reviewer.api.ok(
        `mutation ($id: ID!) { addComment(input: { annotationId: $id, body: "Who is the minister?" }) { comment { id parentId } errors { code } } }`,
        { id: quoteId },
      );
      expect(first.addComment.errors).toEqual([]);
      const reply = await annotator.api.ok(
        `mutation ($id: ID!, $p: ID!) { addComment(input: { annotationId: $id, body: "The interior minister.", parentId: $p }) { comment { parentId } errors { code } } }`,
        { id: quoteId, p: first.addComment.comment.id },
      );
      expect(reply.addComment.comment.parentId).toBe(first.addComment.comment.id);
      const annotation = await db.prisma.annotation.findFirstOrThrow({ where: { kind: "QUOTE", status: "IN_REVIEW" } });
      expect(annotation.version).toBe(3);
    });

    it("refuses a reply to a comment on another annotation, and readers", async () => {
      const bogusParent = Buffer.from("Comment:00000000-0000-4000-8000-000000000000").toString("base64url");
      const data = await reviewer.api.ok(
        `mutation ($id: ID!, $p: ID!) { addComment(input: { annotationId: $id, body: "x", parentId: $p }) { errors { code field } } }`,
        { id: quoteId, p: bogusParent },
      );
      expect(data.addComment.errors).toEqual([{ code: "NOT_FOUND", field: ["input", "parentId"] }]);
      const anonymous = await api.run(
        `mutation ($id: ID!) { addComment(input: { annotationId: $id, body: "x" }) { errors { code } } }`,
        {
          id: quoteId,
        },
      );
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("Annotation.history", () => {
    it("lists every create, edit, move and comment oldest first, with who, the diff and the comment", async () => {
      const data = await admin.api.ok(HISTORY, { id: quoteId });
      const events = data.node.history.edges.map((e: any) => e.node);
      expect(events.map((e: any) => [e.kind, e.fromStatus, e.toStatus, e.version, e.user.email])).toEqual([
        ["CREATED", null, "DRAFT", 1, annotator.email],
        ["UPDATED", "DRAFT", "DRAFT", 2, annotator.email],
        ["TRANSITIONED", "DRAFT", "IN_REVIEW", 3, annotator.email],
        ["COMMENTED", "IN_REVIEW", "IN_REVIEW", 3, reviewer.email],
        ["COMMENTED", "IN_REVIEW", "IN_REVIEW", 3, annotator.email],
      ]);
      expect(events[1].changes).toEqual({ speakerText: { from: null, to: "the minister" } });
      expect(events[3].comment).toBe("Who is the minister?");
      expect(data.node.comments.edges.map((e: any) => e.node.author.email)).toEqual([reviewer.email, annotator.email]);
    });

    it("is never shown to readers", async () => {
      await admin.api.ok(
        `mutation ($id: ID!) { transitionAnnotation(input: { id: $id, to: APPROVED, expectedVersion: 3 }) { errors { code } } }`,
        { id: quoteId },
      );
      await reviewer.api.ok(
        `mutation ($id: ID!) { transitionAnnotation(input: { id: $id, to: PUBLISHED, expectedVersion: 4 }) { errors { code } } }`,
        { id: quoteId },
      );
      // The annotation is published now, so a reader may see it, but not its history or comments.
      expect(await api.ok(`query ($id: ID!) { node(id: $id) { ... on Quote { status } } }`, { id: quoteId })).toEqual({
        node: { status: "PUBLISHED" },
      });
      // The redacted field is null with a coded error at its path; the quote itself stands.
      for (const field of ["history", "comments"]) {
        const result = await api.run(
          `query ($id: ID!) { node(id: $id) { ... on Quote { status ${field} { totalCount } } } }`,
          { id: quoteId },
        );
        expect(result.data).toEqual({ node: { status: "PUBLISHED", [field]: null } });
        expect(result.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([["UNAUTHENTICATED", ["node", field]]]);
      }
      const event = await db.prisma.annotationEvent.findFirstOrThrow();
      const eventGid = Buffer.from(`AnnotationEvent:${event.id}`).toString("base64url");
      expect(await api.ok(`query ($id: ID!) { node(id: $id) { id } }`, { id: eventGid })).toEqual({ node: null });
      expect((await admin.api.ok(`query ($id: ID!) { node(id: $id) { id } }`, { id: eventGid })).node.id).toBe(
        eventGid,
      );
    });
  });

  describe("events", () => {
    it("lets admins audit all events with filters by user, article, kind and time", async () => {
      const query = `query ($f: EventFilter) { events(filter: $f) { totalCount edges { node { kind user { email } } } } }`;
      expect(
        (await admin.api.ok(query, { f: { user: reviewer.gid } })).events.edges.map((e: any) => e.node.kind),
      ).toEqual(["COMMENTED", "TRANSITIONED"]);
      expect((await admin.api.ok(query, { f: { article: articleGid, kinds: ["COMMENTED"] } })).events.totalCount).toBe(
        2,
      );
      expect(
        (await admin.api.ok(query, { f: { after: new Date(Date.now() + 60_000).toISOString() } })).events.totalCount,
      ).toBe(0);
      expect((await reviewer.api.run(query)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await api.run(query)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });
});
