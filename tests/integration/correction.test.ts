import { readFileSync } from "node:fs";
import { join } from "node:path";

import { withContext } from "../../src/modules/annotation/span.anchor";
import { parseArticleText } from "../../src/modules/ingest/article.parser";
import { makeActor, makeArticle, makeTopic } from "../factories";
import type { TestDatabase } from "../support/database";
import { countStatements, createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi, dbId } from "../support/graphql";

const seed = parseArticleText(readFileSync(join(__dirname, "..", "..", "seeds", "000_998827260db387d9.txt"), "utf8"));

const IMPORT = `mutation ($input: ImportArticleInput!) { importArticle(input: $input) { article { id } errors { code } } }`;
const CREATE_QUOTE = `mutation ($input: CreateQuoteInput!) {
  createQuote(input: $input) { quote { id version } errors { code message } }
}`;
const CREATE_CLAIM = `mutation ($input: CreateClaimInput!) {
  createClaim(input: $input) { claim { id version } errors { code message } }
}`;
const TRANSITION = `mutation ($input: TransitionAnnotationInput!) {
  transitionAnnotation(input: $input) { annotation { status version } errors { code message } }
}`;
const UPDATE = `mutation ($input: UpdateAnnotationInput!) {
  updateAnnotation(input: $input) { annotation { status version start end exact revision } errors { code message currentVersion } }
}`;
const CORRECT = `mutation ($input: CorrectArticleInput!) {
  correctArticle(input: $input) {
    article { id revision title body revisions { revision title body note } }
    annotations { outcome fromStatus toStatus annotation { id status version start end exact revision } }
    errors { code message field currentVersion existingId }
  }
}`;
const ANNOTATIONS = `query ($id: ID!) {
  node(id: $id) { ... on Article { revision body annotations(first: 50) { edges { node { id status start end exact revision } } } } }
}`;
const HISTORY = `query ($id: ID!) {
  node(id: $id) { ... on Annotation { history(first: 20) { edges { node { kind fromStatus toStatus changes comment } } } } }
}`;

/** Insert a paragraph before everything, edit inside one span, delete another's sentence, move a paragraph. */
function correctedText(body: string): string {
  const paragraphs = body.split("\n\n");
  const edited = paragraphs.map((p) =>
    p
      .replace("Egypt and the United Arab Emirates", "Egypt, Turkey and the United Arab Emirates")
      .replace(" But the party has claimed that they have received no foreign support.", ""),
  );
  const last = edited.pop()!;
  edited.splice(2, 0, last);
  return ["Correction, 2 December: this article was updated.", ...edited].join("\n\n");
}

type Row = { id: string; status: string; start: number; end: number; exact: string; revision: number };

describe("correctArticle: re-anchoring on corrected text", () => {
  let db: TestDatabase;
  let api: TestApi;
  let annotator: TestUser;
  let reviewer: TestUser;
  let publisher: TestUser;
  let articleId: string;
  const ids: Record<string, string> = {};

  async function move(by: TestUser, id: string, to: string, comment?: string) {
    const { node } = await by.api.ok(`query ($id: ID!) { node(id: $id) { ... on Annotation { version } } }`, { id });
    const data = await by.api.ok(TRANSITION, { input: { id, to, expectedVersion: node.version, comment } });
    expect(data.transitionAnnotation.errors).toEqual([]);
  }
  async function publish(id: string) {
    await move(annotator, id, "IN_REVIEW");
    await move(reviewer, id, "APPROVED");
    await move(publisher, id, "PUBLISHED");
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    [annotator, reviewer, publisher] = await Promise.all([
      api.user("ANNOTATOR"),
      api.user("REVIEWER"),
      api.user("REVIEWER"),
    ]);
    const lna = await makeActor(db.prisma, { name: "Libyan National Army" });
    await makeTopic(db.prisma, "FOREIGN_BACKING");
    const imported = await annotator.api.ok(IMPORT, { input: { text: seed.body, title: seed.title } });
    articleId = imported.importArticle.article.id;

    const quote = async (name: string, input: object) => {
      const data = await annotator.api.ok(CREATE_QUOTE, { input: { articleId, ...input } });
      expect(data.createQuote.errors).toEqual([]);
      ids[name] = data.createQuote.quote.id;
    };
    const claim = async (name: string, exact: string, stance: string, attributionKind: string) => {
      const data = await annotator.api.ok(CREATE_CLAIM, {
        input: { articleId, exact, topic: "FOREIGN_BACKING", stance, subjectId: lna.gid, attributionKind },
      });
      expect(data.createClaim.errors).toEqual([]);
      ids[name] = data.createClaim.claim.id;
    };
    await quote("met", { exact: "A delegation of US official met" });
    await claim(
      "backed",
      "Haftar\u2019s party is backed by Russian mercenaries, Egypt and the United Arab Emirates",
      "ASSERTS",
      "UNATTRIBUTED",
    );
    await claim("denial", "they have received no foreign support", "DENIES", "SELF");
    await quote("repeated", { exact: "Libyan commander", prefix: "the US delegates met the " });
    await quote("movedParagraph", { exact: "Haftar's Libyan National Army on November 25" });
    await quote("rejected", { exact: "received no foreign support" });
    for (const name of ["met", "backed", "denial"]) await publish(ids[name]!);
    await move(annotator, ids.movedParagraph!, "IN_REVIEW");
    await move(reviewer, ids.movedParagraph!, "APPROVED");
    await move(annotator, ids.rejected!, "IN_REVIEW");
    await move(reviewer, ids.rejected!, "REJECTED", "Duplicate of the claim.");
  });
  afterAll(() => db.drop());

  it("refuses annotators, stale revisions and empty corrections, writing nothing", async () => {
    const input = { id: articleId, body: correctedText(seed.body), expectedRevision: 1 };
    const forbidden = await annotator.api.ok(CORRECT, { input });
    expect(forbidden.correctArticle.errors[0].code).toBe("FORBIDDEN");
    const stale = await reviewer.api.ok(CORRECT, { input: { ...input, expectedRevision: 7 } });
    expect(stale.correctArticle.errors[0]).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    const same = await reviewer.api.ok(CORRECT, { input: { ...input, body: seed.body } });
    expect(same.correctArticle.errors[0]).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "body"] });
    const reader = await api.run(CORRECT, { input });
    expect(reader.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const { node } = await reviewer.api.ok(ANNOTATIONS, { id: articleId });
    expect(node).toMatchObject({ revision: 1, body: seed.body });
  });

  describe("after a correction that inserts, edits inside, deletes and moves a paragraph", () => {
    let result: any;
    let rows: Map<string, Row>;

    beforeAll(async () => {
      const data = await reviewer.api.ok(CORRECT, {
        input: {
          id: articleId,
          body: correctedText(seed.body),
          expectedRevision: 1,
          note: "Turkey added; the denial was misattributed.",
        },
      });
      result = data.correctArticle;
      expect(result.errors).toEqual([]);
      const { node } = await reviewer.api.ok(ANNOTATIONS, { id: articleId });
      rows = new Map(node.annotations.edges.map(({ node: row }: { node: Row }) => [row.id, row]));
    });

    it("keeps the old text as revision 1 and serves the new one as revision 2", () => {
      expect(result.article).toMatchObject({ revision: 2, body: correctedText(seed.body), title: seed.title });
      expect(result.article.revisions).toEqual([
        { revision: 1, title: seed.title, body: seed.body, note: "Turkey added; the denial was misattributed." },
      ]);
    });

    it("lands every annotation on its own words, or orphans it", () => {
      const body = result.article.body as string;
      for (const { outcome, annotation } of result.annotations) {
        if (outcome === "ORPHANED" || outcome === "LEFT_ON_REVISION") {
          expect(annotation.revision).toBe(1);
          expect(seed.body.slice(annotation.start, annotation.end)).toBe(annotation.exact);
        } else {
          expect(annotation.revision).toBe(2);
          expect(body.slice(annotation.start, annotation.end)).toBe(annotation.exact);
        }
      }
      const outcomes = Object.fromEntries(
        result.annotations.map((a: any) => [Object.keys(ids).find((name) => ids[name] === a.annotation.id), a]),
      );
      expect(Object.fromEntries(Object.entries(outcomes).map(([name, a]: [string, any]) => [name, a.outcome]))).toEqual(
        {
          met: "MOVED",
          backed: "CHANGED",
          denial: "ORPHANED",
          repeated: "MOVED",
          movedParagraph: "MOVED",
          rejected: "LEFT_ON_REVISION",
        },
      );
      expect(outcomes.backed.annotation.exact).toBe(
        "Haftar\u2019s party is backed by Russian mercenaries, Egypt, Turkey and the United Arab Emirates",
      );
      // The repeated phrase stays on the occurrence it was made on, after "the US delegates met the ".
      const repeated = outcomes.repeated.annotation;
      expect(body.slice(repeated.start - 25, repeated.start)).toBe("the US delegates met the ");
    });

    it("keeps published work published only where its words are unchanged", () => {
      const status = (name: string) => rows.get(ids[name]!)!.status;
      expect(status("met")).toBe("PUBLISHED");
      expect(status("backed")).toBe("IN_REVIEW");
      expect(status("denial")).toBe("ORPHANED");
      expect(status("repeated")).toBe("DRAFT");
      expect(status("movedParagraph")).toBe("APPROVED");
      expect(status("rejected")).toBe("REJECTED");
    });

    it("shows readers the published work on the new text only", async () => {
      const { node } = await api.ok(ANNOTATIONS, { id: articleId });
      expect(node.annotations.edges.map((edge: { node: Row }) => edge.node.id)).toEqual([ids.met]);
      expect(node.annotations.edges[0].node.exact).toBe("A delegation of US official met");
    });

    it("records each re-anchoring in the history, with the correction's note", async () => {
      const { node } = await reviewer.api.ok(HISTORY, { id: ids.backed });
      const event = node.history.edges.map((e: any) => e.node).find((e: any) => e.kind === "REANCHORED");
      expect(event).toMatchObject({
        fromStatus: "PUBLISHED",
        toStatus: "IN_REVIEW",
        comment: "Turkey added; the denial was misattributed.",
      });
      expect(event.changes).toMatchObject({
        revision: { from: 1, to: 2 },
        exact: { to: expect.stringContaining("Turkey") },
      });
      const orphan = (await reviewer.api.ok(HISTORY, { id: ids.denial })).node.history.edges.at(-1).node;
      expect(orphan).toMatchObject({ kind: "REANCHORED", fromStatus: "PUBLISHED", toStatus: "ORPHANED" });
    });

    it("refuses an edit based on offsets from before the correction", async () => {
      const data = await annotator.api.ok(UPDATE, { input: { id: ids.repeated, expectedVersion: 1, note: "x" } });
      expect(data.updateAnnotation.errors[0]).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    });

    it("places an orphan again with a new span, for review, or lets a reviewer reject it", async () => {
      const orphan = rows.get(ids.denial!)!;
      const { node } = await reviewer.api.ok(`query ($id: ID!) { node(id: $id) { ... on Annotation { version } } }`, {
        id: orphan.id,
      });
      const noSpan = await reviewer.api.ok(UPDATE, {
        input: { id: orphan.id, expectedVersion: node.version, note: "n" },
      });
      expect(noSpan.updateAnnotation.errors[0].code).toBe("BAD_USER_INPUT");
      const placed = await reviewer.api.ok(UPDATE, {
        input: { id: orphan.id, expectedVersion: node.version, exact: "Egypt, Turkey and the United Arab Emirates" },
      });
      expect(placed.updateAnnotation.errors).toEqual([]);
      expect(placed.updateAnnotation.annotation).toMatchObject({ status: "IN_REVIEW", revision: 2 });
      const body = result.article.body as string;
      const { start, end, exact } = placed.updateAnnotation.annotation;
      expect(body.slice(start, end)).toBe(exact);
    });

    it("leaves work on an older revision alone at the next correction", async () => {
      const { node } = await reviewer.api.ok(ANNOTATIONS, { id: articleId });
      const second = await reviewer.api.ok(CORRECT, {
        input: { id: articleId, body: `${node.body}\n\nA closing line.`, expectedRevision: 2 },
      });
      expect(second.correctArticle.errors).toEqual([]);
      const ids2 = second.correctArticle.annotations.map((a: any) => a.annotation.id);
      expect(ids2).not.toContain(ids.rejected);
      expect(ids2).toContain(ids.met);
      const rejected = await db.prisma.annotation.findUniqueOrThrow({ where: { id: dbId(ids.rejected!) } });
      expect(rejected).toMatchObject({ status: "REJECTED", revision: 1, exact: "received no foreign support" });
      expect(second.correctArticle.article.revisions.map((r: any) => r.revision)).toEqual([2, 1]);
    });
  });

  it("anchors new annotations on the corrected text", async () => {
    const data = await annotator.api.ok(CREATE_QUOTE, { input: { articleId, exact: "Correction, 2 December" } });
    expect(data.createQuote.errors).toEqual([]);
    const created = await db.prisma.annotation.findUniqueOrThrow({ where: { id: dbId(data.createQuote.quote.id) } });
    const article = await db.prisma.article.findUniqueOrThrow({ where: { id: dbId(articleId) } });
    expect(article.revision).toBeGreaterThan(1);
    expect(created).toMatchObject({ start: 0, revision: article.revision });
  });

  it("corrects in the same number of statements for 2 annotations as for 40", async () => {
    async function statementsFor(count: number) {
      const body = Array.from({ length: count }, (_, i) => `Sentence number ${i} says something.`).join(" ");
      const article = await makeArticle(db.prisma, { body });
      for (let i = 0; i < count; i++) {
        const start = body.indexOf(`number ${i} says`);
        const span = withContext(body, start, start + `number ${i} says`.length);
        await db.prisma.annotation.create({
          data: { articleId: article.id, kind: "QUOTE", status: "PUBLISHED", ...span, quote: { create: {} } },
        });
      }
      const input = { id: article.gid, body: `Updated. ${body}`, expectedRevision: 1 };
      let moved = 0;
      const statements = await countStatements(db, async () => {
        const data = await reviewer.api.ok(CORRECT, { input });
        expect(data.correctArticle.errors).toEqual([]);
        moved = data.correctArticle.annotations.filter((a: any) => a.outcome === "MOVED").length;
      });
      expect(moved).toBe(count);
      return statements;
    }
    expect(await statementsFor(40)).toBe(await statementsFor(2));
  });
});
