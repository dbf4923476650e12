import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromGlobalId, toGlobalId } from "../../src/shared/graphql/global-id";
import { makeActor, makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { Session, TestApi } from "../support/graphql";
import { createTestApi, dbId } from "../support/graphql";

const SEED_TEXT = readFileSync(join(__dirname, "..", "..", "seeds", "000_998827260db387d9.txt"), "utf8");

/** A syntactically valid global id of a type that names no row. */
const missingId = (type: string) => Buffer.from(`${type}:${randomUUID()}`).toString("base64url");
/** The database id inside a global id. */
const tag = () => randomUUID().slice(0, 8);

const ERRORS = "errors { code message field currentVersion }";

const IMPORT_ARTICLE = `
  mutation ($input: ImportArticleInput!) {
    importArticle(input: $input) {
      article { id title body publishedAt url source language contentHash }
      errors { code message field currentVersion existingId }
    }
  }`;

const CREATE_ACTOR = `
  mutation ($input: CreateActorInput!) {
    createActor(input: $input) {
      actor { id name kind aliases countryCode description externalId }
      ${ERRORS}
    }
  }`;

const UPDATE_ACTOR = `
  mutation ($input: UpdateActorInput!) {
    updateActor(input: $input) {
      actor { id name kind aliases countryCode description externalId }
      ${ERRORS}
    }
  }`;

const CREATE_QUOTE = `
  mutation ($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      quote {
        id kind status version start end exact prefix suffix note speakerText quoteKind
        speaker { id name }
        article { id body }
      }
      ${ERRORS}
    }
  }`;

const CREATE_CLAIM = `
  mutation ($input: CreateClaimInput!) {
    createClaim(input: $input) {
      claim {
        id kind status version start end exact prefix suffix stance attributionKind attributionText
        topic { key }
        subject { id name }
        claimant { id name }
        counterparts { id name }
        article { id body }
      }
      ${ERRORS}
    }
  }`;

const UPDATE_ANNOTATION = `
  mutation ($input: UpdateAnnotationInput!) {
    updateAnnotation(input: $input) {
      annotation {
        id kind status version start end exact prefix suffix note
        ... on Quote { speakerText quoteKind speaker { id } }
        ... on Claim { stance counterparts { id name } }
      }
      ${ERRORS}
    }
  }`;

/**
 * A short article in the seed format: a date marker, curly quotes and apostrophes, an
 * accented name, emoji (two UTF-16 code units each) and one phrase ("the talks will
 * continue") that occurs twice. `ref` keeps the text unique per test.
 */
function storyText(ref: string): string {
  return (
    " date 2024-05-01 Zoë Ramírez 🌊 spoke for the Coastal Union in Port Azure on Tuesday. " +
    "“We reject every claim that foreign money backs our ranks,” she said after meeting the envoy’s team.\n\n" +
    "Harbour council meets coastal envoy\n\n" +
    "According to the harbour council, the Coastal Union is backed by the Northern Republic and the Eastern League. " +
    "Ramírez said the talks will continue. The council added that the talks will continue 🚢 into June.\n\n" +
    `Reference ${ref}.\n`
  );
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

let db: TestDatabase;
let base: TestApi;
/** Writes run as a signed-in annotator. */
let api: Session;
let topicId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  base = await createTestApi(db);
  api = (await base.user("ANNOTATOR")).api;
  const topic = await db.prisma.topic.create({
    data: {
      key: "FOREIGN_BACKING",
      label: "Foreign backing",
      description: "Who is backed by whom from abroad.",
    },
  });
  topicId = topic.id;
});
afterAll(async () => {
  await base.server.stop();
  await db.drop();
});

async function importArticle(input: Record<string, unknown>) {
  const data = await api.ok(IMPORT_ARTICLE, { input });
  return data.importArticle as { article: any; errors: any[] };
}

async function createActor(input: Record<string, unknown>) {
  const data = await api.ok(CREATE_ACTOR, { input });
  return data.createActor as { actor: any; errors: any[] };
}

async function createQuote(input: Record<string, unknown>) {
  const data = await api.ok(CREATE_QUOTE, { input });
  return data.createQuote as { quote: any; errors: any[] };
}

async function createClaim(input: Record<string, unknown>) {
  const data = await api.ok(CREATE_CLAIM, { input });
  return data.createClaim as { claim: any; errors: any[] };
}

async function updateAnnotation(input: Record<string, unknown>) {
  const data = await api.ok(UPDATE_ANNOTATION, { input });
  return data.updateAnnotation as { annotation: any; errors: any[] };
}

/** Imports a fresh story article and creates its actors, all through the API. */
async function setUpStory() {
  const { article, errors } = await importArticle({
    text: storyText(randomUUID()),
    source: "Harbour Gazette",
  });
  expect(errors).toEqual([]);
  const actor = async (name: string, kind: string) => {
    const result = await createActor({ name, kind });
    expect(result.errors).toEqual([]);
    return result.actor as { id: string; name: string };
  };
  return {
    article: article as {
      id: string;
      body: string;
      title: string;
      publishedAt: string;
    },
    zoe: await actor("Zoë Ramírez", "PERSON"),
    coastalUnion: await actor("Coastal Union", "ARMED_GROUP"),
    northernRepublic: await actor("Northern Republic", "STATE"),
    easternLeague: await actor("Eastern League", "ORGANIZATION"),
  };
}

/** Test-owned article/actors written with the factories (fast), for the error cases. */
async function setUpRows() {
  const article = await makeArticle(db.prisma);
  const speaker = await makeActor(db.prisma);
  const subject = await makeActor(db.prisma);
  return { article, speaker, subject };
}

const annotationCount = (articleId: string) => db.prisma.annotation.count({ where: { articleId } });
const eventsOf = (annotationGid: string) =>
  db.prisma.annotationEvent.findMany({
    where: { annotationId: dbId(annotationGid) },
    orderBy: { version: "asc" },
  });

describe("articles", () => {
  describe("importArticle", () => {
    it("imports the seed file: title found in the text, date from the marker, body without the marker", async () => {
      const before = await db.prisma.article.count();
      const { article, errors } = await importArticle({ text: SEED_TEXT });

      expect(errors).toEqual([]);
      expect(article.title).toBe("US delegate meets Libyan commander");
      expect(article.publishedAt).toBe("2019-11-26T00:00:00.000Z");
      expect(
        article.body.startsWith("A delegation of US official met the supreme commander of Libya Khalifa Haftar"),
      ).toBe(true);
      expect(article.body).not.toContain("date 2019-11-26");
      expect(article.body).toContain(
        "United Nations.\n\nUS delegate meets Libyan commander\n\nThe US State Department",
      );
      expect(article.body.endsWith("towards the growth and development of Libya.")).toBe(true);
      expect(article.language).toBe("en");
      expect(article.url).toBeNull();
      expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(fromGlobalId(article.id)?.type).toBe("Article");

      const stored = await db.prisma.article.findUniqueOrThrow({
        where: { id: dbId(article.id) },
      });
      expect(stored.body).toBe(article.body);
      expect(stored.publishedAt?.toISOString()).toBe("2019-11-26T00:00:00.000Z");
      expect(await db.prisma.article.count()).toBe(before + 1);
    });

    it("uses a given title instead of the one found in the text", async () => {
      const text = `${SEED_TEXT}\n\nReference ${randomUUID()}.\n`;
      const { article, errors } = await importArticle({
        text,
        title: "  Haftar meets US delegation  ",
      });
      expect(errors).toEqual([]);
      expect(article.title).toBe("Haftar meets US delegation");
      expect(article.publishedAt).toBe("2019-11-26T00:00:00.000Z");
    });

    it("refuses the same text again, also with CRLF line endings, with DUPLICATE_ARTICLE on input.text", async () => {
      const text = `${SEED_TEXT}\n\nReference ${randomUUID()}.\n`;
      const first = await importArticle({
        text,
        url: `https://example.org/news/${randomUUID()}`,
      });
      expect(first.errors).toEqual([]);
      const before = await db.prisma.article.count();

      for (const again of [text, text.replace(/\n/g, "\r\n")]) {
        const { article, errors } = await importArticle({ text: again });
        expect(article).toBeNull();
        expect(errors).toEqual([
          {
            code: "DUPLICATE_ARTICLE",
            message: 'The same text was already imported ("US delegate meets Libyan commander").',
            field: ["input", "text"],
            currentVersion: null,
            existingId: first.article.id,
          },
        ]);
      }
      expect(await db.prisma.article.count()).toBe(before);
    });

    it("names the one article concurrent imports of the same text created, in every other's DUPLICATE_ARTICLE", async () => {
      const text = `Concurrent import ${randomUUID()}.`;
      const results = await Promise.all([1, 2, 3, 4].map(() => importArticle({ text })));
      const created = results.filter((result) => result.article);
      expect(created).toHaveLength(1);
      for (const result of results.filter((r) => !r.article)) {
        expect(result.errors).toMatchObject([{ code: "DUPLICATE_ARTICLE", existingId: created[0]!.article.id }]);
      }
    });

    it("refuses a second article with the same url with DUPLICATE_ARTICLE on input.url", async () => {
      const url = `https://example.org/news/${randomUUID()}`;
      const first = await importArticle({
        text: `First article ${randomUUID()}.`,
        url,
      });
      expect(first.errors).toEqual([]);
      expect(first.article.url).toBe(url);
      const before = await db.prisma.article.count();

      const { article, errors } = await importArticle({
        text: `Second article ${randomUUID()}.`,
        url,
      });
      expect(article).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        code: "DUPLICATE_ARTICLE",
        field: ["input", "url"],
        currentVersion: null,
        existingId: first.article.id,
      });
      expect(await db.prisma.article.count()).toBe(before);
    });

    it("refuses empty text at the edge (BAD_USER_INPUT naming text) and blank text with INVALID_ARTICLE_TEXT", async () => {
      const before = await db.prisma.article.count();

      const empty = await api.run(IMPORT_ARTICLE, { input: { text: "" } });
      expect(empty.data).toBeNull();
      expect(empty.errors).toHaveLength(1);
      expect(empty.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(empty.errors![0].extensions?.fields.map((f: any) => f.field)).toEqual([["input", "text"]]);

      for (const text of ["   \n\n \t ", " date 2024-05-01 \n\n  "]) {
        const { article, errors } = await importArticle({ text });
        expect(article).toBeNull();
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({
          code: "INVALID_ARTICLE_TEXT",
          field: ["input", "text"],
        });
      }
      expect(await db.prisma.article.count()).toBe(before);
    });

    it("refuses a url that is not a URL with a top-level BAD_USER_INPUT naming url", async () => {
      const before = await db.prisma.article.count();
      const result = await api.run(IMPORT_ARTICLE, {
        input: { text: `Some text ${randomUUID()}.`, url: "not a url" },
      });
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.extensions?.fields).toEqual([{ field: ["input", "url"], message: "url must be an http(s) URL" }]);
      expect(await db.prisma.article.count()).toBe(before);
    });
  });
});

describe("annotating an imported article by exact text (must-show scenario)", () => {
  describe("importArticle", () => {
    it("imports the story with its headline, date and unchanged Unicode text", async () => {
      const { article } = await setUpStory();
      expect(article.title).toBe("Harbour council meets coastal envoy");
      expect(article.publishedAt).toBe("2024-05-01T00:00:00.000Z");
      expect(article.body.startsWith("Zoë Ramírez 🌊 spoke for the Coastal Union")).toBe(true);
      expect(article.body).toContain("“We reject every claim that foreign money backs our ranks,” she said");
    });
  });

  describe("createQuote", () => {
    it("anchors a span after an emoji by exact alone; start/end are UTF-16 offsets that slice the body back to exact", async () => {
      const { article, zoe } = await setUpStory();
      const exact = "We reject every claim that foreign money backs our ranks,";
      const { quote, errors } = await createQuote({
        articleId: article.id,
        exact,
        speakerId: zoe.id,
        speakerText: "she",
      });

      expect(errors).toEqual([]);
      const body: string = quote.article.body;
      expect(body).toBe(article.body);
      expect(quote.exact).toBe(exact);
      expect(body.slice(quote.start, quote.end)).toBe(exact);
      expect(quote.start).toBe(body.indexOf(exact));
      expect(quote.end - quote.start).toBe(exact.length);
      // The emoji before the span counts two UTF-16 code units but one code point.
      expect(body.indexOf("🌊")).toBeLessThan(quote.start);
      expect(Array.from(body.slice(0, quote.start)).length).toBe(quote.start - 1);
      expect(quote.prefix).toBe(body.slice(quote.start - 32, quote.start));
      expect(quote.suffix).toBe(body.slice(quote.end, quote.end + 32));
      expect(quote.speaker).toEqual({ id: zoe.id, name: "Zoë Ramírez" });
      expect(quote).toMatchObject({
        kind: "QUOTE",
        status: "DRAFT",
        version: 1,
        speakerText: "she",
        quoteKind: "DIRECT",
      });
    });

    it("anchors a span after two emoji by exact alone", async () => {
      const { article } = await setUpStory();
      const exact = "into June.";
      const { quote, errors } = await createQuote({
        articleId: article.id,
        exact,
        quoteKind: "PARAPHRASE",
      });
      expect(errors).toEqual([]);
      const body: string = quote.article.body;
      expect(body.slice(quote.start, quote.end)).toBe(exact);
      expect(quote.start).toBe(body.indexOf(exact));
      expect(Array.from(body.slice(0, quote.start)).length).toBe(quote.start - 2);
      expect(quote.quoteKind).toBe("PARAPHRASE");
    });

    it("matches straight quotes and apostrophes typed by the editor against the curly ones and returns the body's text", async () => {
      const { article } = await setUpStory();
      const typed =
        '"We reject every claim that foreign money backs our ranks," she said after meeting the envoy\'s team.';
      const curly =
        "“We reject every claim that foreign money backs our ranks,” she said after meeting the envoy’s team.";
      const { quote, errors } = await createQuote({
        articleId: article.id,
        exact: typed,
      });

      expect(errors).toEqual([]);
      expect(quote.exact).toBe(curly);
      expect(quote.article.body.slice(quote.start, quote.end)).toBe(curly);
      expect(quote.start).toBe(article.body.indexOf(curly));
    });

    it("refuses a phrase that occurs twice without prefix or suffix with SPAN_AMBIGUOUS", async () => {
      const { article } = await setUpStory();
      expect(occurrences(article.body, "the talks will continue")).toHaveLength(2);
      const { quote, errors } = await createQuote({
        articleId: article.id,
        exact: "the talks will continue",
      });
      expect(quote).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        code: "SPAN_AMBIGUOUS",
        field: ["input", "exact"],
      });
      expect(await annotationCount(dbId(article.id))).toBe(0);
    });

    it("anchors the repeated phrase to the occurrence the prefix picks", async () => {
      const { article } = await setUpStory();
      const exact = "the talks will continue";
      const [first, second] = occurrences(article.body, exact);

      const later = await createQuote({
        articleId: article.id,
        exact,
        prefix: "The council added that ",
      });
      expect(later.errors).toEqual([]);
      expect(later.quote.start).toBe(second);
      expect(later.quote.end).toBe(second + exact.length);
      expect(later.quote.article.body.slice(later.quote.start, later.quote.end)).toBe(exact);

      const earlier = await createQuote({
        articleId: article.id,
        exact,
        prefix: "Ramírez said ",
      });
      expect(earlier.errors).toEqual([]);
      expect(earlier.quote.start).toBe(first);
      expect(earlier.quote.article.body.slice(earlier.quote.start, earlier.quote.end)).toBe(exact);

      // A suffix (here one starting with an emoji) picks an occurrence too.
      const bySuffix = await createQuote({ articleId: article.id, exact, suffix: " 🚢 into" });
      expect(bySuffix.errors).toEqual([]);
      expect(bySuffix.quote.start).toBe(second);
    });

    it("refuses a phrase that is not in the body with SPAN_NOT_FOUND", async () => {
      const { article } = await setUpStory();
      const { quote, errors } = await createQuote({
        articleId: article.id,
        exact: "the talks have collapsed",
      });
      expect(quote).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        code: "SPAN_NOT_FOUND",
        field: ["input", "exact"],
      });
      expect(await annotationCount(dbId(article.id))).toBe(0);
    });
  });

  describe("createClaim", () => {
    it("applies the same anchoring rules: straight quotes, SPAN_AMBIGUOUS, prefix and SPAN_NOT_FOUND", async () => {
      const { article, zoe, coastalUnion } = await setUpStory();
      const claim = (fields: Record<string, unknown>) =>
        createClaim({
          articleId: article.id,
          topic: "FOREIGN_BACKING",
          stance: "DENIES",
          subjectId: coastalUnion.id,
          claimantId: zoe.id,
          attributionKind: "SELF",
          ...fields,
        });

      const straight = await claim({ exact: '"We reject every claim that foreign money backs our ranks,"' });
      expect(straight.errors).toEqual([]);
      expect(straight.claim.exact).toBe("“We reject every claim that foreign money backs our ranks,”");
      expect(straight.claim.article.body.slice(straight.claim.start, straight.claim.end)).toBe(straight.claim.exact);
      expect(Array.from(article.body.slice(0, straight.claim.start)).length).toBe(straight.claim.start - 1);

      const ambiguous = await claim({ exact: "the talks will continue" });
      expect(ambiguous.claim).toBeNull();
      expect(ambiguous.errors).toEqual([
        expect.objectContaining({ code: "SPAN_AMBIGUOUS", field: ["input", "exact"] }),
      ]);

      const picked = await claim({ exact: "the talks will continue", prefix: "The council added that " });
      expect(picked.errors).toEqual([]);
      expect(picked.claim.start).toBe(occurrences(article.body, "the talks will continue")[1]);
      expect(picked.claim.article.body.slice(picked.claim.start, picked.claim.end)).toBe("the talks will continue");

      const missing = await claim({ exact: "backed by the Western Alliance" });
      expect(missing.claim).toBeNull();
      expect(missing.errors).toEqual([expect.objectContaining({ code: "SPAN_NOT_FOUND", field: ["input", "exact"] })]);

      expect(await annotationCount(dbId(article.id))).toBe(2);
    });

    it("anchors a FOREIGN_BACKING claim by exact alone, with its subject, counterparts in order and quote", async () => {
      const { article, zoe, coastalUnion, northernRepublic, easternLeague } = await setUpStory();
      const said = await createQuote({
        articleId: article.id,
        exact: "We reject every claim that foreign money backs our ranks,",
        speakerId: zoe.id,
      });
      expect(said.errors).toEqual([]);

      const exact = "the Coastal Union is backed by the Northern Republic and the Eastern League";
      const { claim, errors } = await createClaim({
        articleId: article.id,
        exact,
        topic: "FOREIGN_BACKING",
        stance: "ASSERTS",
        subjectId: coastalUnion.id,
        counterpartIds: [northernRepublic.id, easternLeague.id],
        attributionKind: "NAMED_SOURCE",
        attributionText: "According to the harbour council",
      });

      expect(errors).toEqual([]);
      const body: string = claim.article.body;
      expect(body.slice(claim.start, claim.end)).toBe(exact);
      expect(claim.start).toBe(body.indexOf(exact));
      expect(Array.from(body.slice(0, claim.start)).length).toBe(claim.start - 1);
      expect(claim).toMatchObject({
        kind: "CLAIM",
        status: "DRAFT",
        version: 1,
        exact,
        stance: "ASSERTS",
        attributionKind: "NAMED_SOURCE",
        attributionText: "According to the harbour council",
        topic: { key: "FOREIGN_BACKING" },
        subject: { id: coastalUnion.id, name: "Coastal Union" },
        claimant: null,
      });
      expect(claim.counterparts).toEqual([
        { id: northernRepublic.id, name: "Northern Republic" },
        { id: easternLeague.id, name: "Eastern League" },
      ]);

      const denial = await createClaim({
        articleId: article.id,
        exact: "claim that foreign money backs our ranks",
        topic: "FOREIGN_BACKING",
        stance: "DENIES",
        subjectId: coastalUnion.id,
        claimantId: zoe.id,
        attributionKind: "SELF",
        quoteId: said.quote.id,
      });
      expect(denial.errors).toEqual([]);
      expect(denial.claim.exact).toBe("claim that foreign money backs our ranks");
      expect(denial.claim.claimant).toEqual({
        id: zoe.id,
        name: "Zoë Ramírez",
      });
      expect(denial.claim.counterparts).toEqual([]);
      const row = await db.prisma.claim.findUniqueOrThrow({
        where: { annotationId: dbId(denial.claim.id) },
      });
      expect(row.quoteId).toBe(dbId(said.quote.id));
      expect(row.topicId).toBe(topicId);
    });
  });
});

describe("annotations", () => {
  describe("createQuote", () => {
    it("creates a DRAFT quote at version 1 and appends exactly one CREATED event", async () => {
      const { article, speaker } = await setUpRows();
      const { quote, errors } = await createQuote({
        articleId: article.gid,
        start: 0,
        end: 4,
        exact: "Body",
        speakerId: speaker.gid,
        note: "check the speaker",
      });
      expect(errors).toEqual([]);
      expect(quote).toMatchObject({
        kind: "QUOTE",
        status: "DRAFT",
        version: 1,
        start: 0,
        end: 4,
        exact: "Body",
        prefix: "",
        suffix: article.body.slice(4, 36),
        note: "check the speaker",
        speaker: { id: speaker.gid },
      });
      const events = await eventsOf(quote.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        kind: "CREATED",
        fromStatus: null,
        toStatus: "DRAFT",
        version: 1,
        changes: {
          start: { from: null, to: 0 },
          end: { from: null, to: 4 },
          exact: { from: null, to: "Body" },
          note: { from: null, to: "check the speaker" },
          speakerId: { from: null, to: speaker.id },
          quoteKind: { from: null, to: "DIRECT" },
        },
      });
    });

    it.each([
      ["end past the body", (len: number) => ({ start: 0, end: len + 1 }), "SPAN_OUT_OF_RANGE", ["input", "end"]],
      [
        "start past the body",
        (len: number) => ({ start: len + 1, end: len + 2 }),
        "SPAN_OUT_OF_RANGE",
        ["input", "start"],
      ],
      ["end before start", () => ({ start: 10, end: 5 }), "SPAN_OUT_OF_RANGE", ["input", "end"]],
      ["start equal to end", () => ({ start: 5, end: 5 }), "SPAN_EMPTY", ["input", "end"]],
      [
        "positions with a wrong exact",
        () => ({ start: 0, end: 4, exact: "Bodx" }),
        "SPAN_MISMATCH",
        ["input", "exact"],
      ],
    ])("refuses %s with a payload error and writes nothing", async (_name, span, code, field) => {
      const { article } = await setUpRows();
      const { quote, errors } = await createQuote({
        articleId: article.gid,
        ...span(article.body.length),
      });
      expect(quote).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ code, field, currentVersion: null });
      expect(await annotationCount(article.id)).toBe(0);
    });

    it("refuses an unknown speaker with UNKNOWN_ACTOR on speakerId", async () => {
      const { article } = await setUpRows();
      const { quote, errors } = await createQuote({
        articleId: article.gid,
        start: 0,
        end: 4,
        speakerId: missingId("Actor"),
      });
      expect(quote).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "UNKNOWN_ACTOR",
          field: ["input", "speakerId"],
        }),
      ]);
      expect(await annotationCount(article.id)).toBe(0);
    });

    it("refuses an articleId that is an Actor's id with INVALID_ID", async () => {
      const { article, speaker } = await setUpRows();
      const { quote, errors } = await createQuote({
        articleId: speaker.gid,
        start: 0,
        end: 4,
      });
      expect(quote).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "INVALID_ID",
          field: ["input", "articleId"],
        }),
      ]);
      expect(await annotationCount(article.id)).toBe(0);
    });

    it("returns an opaque global id that decodes to the stored row", async () => {
      const { article } = await setUpRows();
      const { quote } = await createQuote({
        articleId: article.gid,
        start: 0,
        end: 4,
      });
      expect(quote.id).toBe(toGlobalId("Quote", dbId(quote.id)));
      expect(quote.article.id).toBe(article.gid);
      expect(
        await db.prisma.annotation.count({
          where: { id: dbId(quote.id), articleId: article.id },
        }),
      ).toBe(1);
    });

    it("refuses an article that does not exist with NOT_FOUND", async () => {
      const before = await db.prisma.annotation.count();
      const { quote, errors } = await createQuote({
        articleId: missingId("Article"),
        start: 0,
        end: 4,
      });
      expect(quote).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "NOT_FOUND",
          field: ["input", "articleId"],
        }),
      ]);
      expect(await db.prisma.annotation.count()).toBe(before);
    });
  });

  describe("createClaim", () => {
    async function claimInput() {
      const { article, speaker, subject } = await setUpRows();
      return {
        article,
        speaker,
        subject,
        input: {
          articleId: article.gid,
          start: 0,
          end: 4,
          topic: "FOREIGN_BACKING",
          stance: "ASSERTS",
          subjectId: subject.gid,
          attributionKind: "UNATTRIBUTED",
        } as Record<string, unknown>,
      };
    }

    it("creates a DRAFT claim at version 1 with counterparts in the given order and one CREATED event", async () => {
      const { article, input } = await claimInput();
      const zed = await makeActor(db.prisma, { name: `Zed ${tag()}` });
      const alpha = await makeActor(db.prisma, { name: `Alpha ${tag()}` });
      const mid = await makeActor(db.prisma, { name: `Mid ${tag()}` });
      const { claim, errors } = await createClaim({
        ...input,
        counterpartIds: [zed.gid, alpha.gid, mid.gid],
      });

      expect(errors).toEqual([]);
      expect(claim).toMatchObject({
        kind: "CLAIM",
        status: "DRAFT",
        version: 1,
        start: 0,
        end: 4,
        exact: "Body",
      });
      expect(claim.counterparts.map((a: any) => a.id)).toEqual([zed.gid, alpha.gid, mid.gid]);
      const stored = await db.prisma.claimCounterpart.findMany({
        where: { claimId: dbId(claim.id) },
        orderBy: { position: "asc" },
      });
      expect(stored.map((row) => [row.actorId, row.position])).toEqual([
        [zed.id, 0],
        [alpha.id, 1],
        [mid.id, 2],
      ]);
      const events = await eventsOf(claim.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        kind: "CREATED",
        toStatus: "DRAFT",
        version: 1,
      });
      expect(await annotationCount(article.id)).toBe(1);
    });

    it.each([
      ["end past the body", (len: number) => ({ start: 0, end: len + 1 }), "SPAN_OUT_OF_RANGE", ["input", "end"]],
      ["start equal to end", () => ({ start: 3, end: 3 }), "SPAN_EMPTY", ["input", "end"]],
      [
        "positions with a wrong exact",
        () => ({ start: 0, end: 4, exact: "body" }),
        "SPAN_MISMATCH",
        ["input", "exact"],
      ],
    ])("refuses %s with a payload error and writes nothing", async (_name, span, code, field) => {
      const { article, input } = await claimInput();
      const { claim, errors } = await createClaim({
        ...input,
        ...span(article.body.length),
      });
      expect(claim).toBeNull();
      expect(errors).toEqual([expect.objectContaining({ code, field })]);
      expect(await annotationCount(article.id)).toBe(0);
    });

    it.each([
      ["subjectId", () => ({ subjectId: missingId("Actor") })],
      ["claimantId", () => ({ claimantId: missingId("Actor") })],
      ["counterpartIds", () => ({ counterpartIds: [missingId("Actor")] })],
    ])("refuses an unknown actor in %s with UNKNOWN_ACTOR", async (field, change) => {
      const { article, input } = await claimInput();
      const { claim, errors } = await createClaim({ ...input, ...change() });
      expect(claim).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "UNKNOWN_ACTOR",
          field: ["input", field],
        }),
      ]);
      expect(await annotationCount(article.id)).toBe(0);
    });

    it("refuses a counterpart list with one unknown actor among known ones", async () => {
      const { article, speaker, input } = await claimInput();
      const { errors } = await createClaim({
        ...input,
        counterpartIds: [speaker.gid, missingId("Actor")],
      });
      expect(errors).toEqual([
        expect.objectContaining({
          code: "UNKNOWN_ACTOR",
          field: ["input", "counterpartIds"],
        }),
      ]);
      expect(await annotationCount(article.id)).toBe(0);
    });

    it("refuses an unknown topic key with UNKNOWN_TOPIC", async () => {
      const { article, input } = await claimInput();
      const { claim, errors } = await createClaim({
        ...input,
        topic: "NO_SUCH_TOPIC",
      });
      expect(claim).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "UNKNOWN_TOPIC",
          field: ["input", "topic"],
        }),
      ]);
      expect(await annotationCount(article.id)).toBe(0);
    });

    it("refuses a quote of another article with UNKNOWN_QUOTE", async () => {
      const { article, input } = await claimInput();
      const other = await makeArticle(db.prisma);
      const foreignQuote = await makeQuote(db.prisma, other, {
        status: "DRAFT",
      });
      const { claim, errors } = await createClaim({
        ...input,
        quoteId: foreignQuote.gid,
      });
      expect(claim).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "UNKNOWN_QUOTE",
          field: ["input", "quoteId"],
        }),
      ]);
      expect(await annotationCount(article.id)).toBe(0);
    });

    it("refuses an articleId that is an Actor's id with INVALID_ID", async () => {
      const { article, subject, input } = await claimInput();
      const { claim, errors } = await createClaim({
        ...input,
        articleId: subject.gid,
      });
      expect(claim).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "INVALID_ID",
          field: ["input", "articleId"],
        }),
      ]);
      expect(await annotationCount(article.id)).toBe(0);
    });

    it("refuses an article that does not exist with NOT_FOUND", async () => {
      const { input } = await claimInput();
      const before = await db.prisma.annotation.count();
      const { claim, errors } = await createClaim({
        ...input,
        articleId: missingId("Article"),
      });
      expect(claim).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "NOT_FOUND",
          field: ["input", "articleId"],
        }),
      ]);
      expect(await db.prisma.annotation.count()).toBe(before);
    });
  });

  describe("updateAnnotation", () => {
    async function draftQuote() {
      const { article, speaker } = await setUpRows();
      const { quote, errors } = await createQuote({
        articleId: article.gid,
        exact: "Body of a test article",
        speakerText: "the minister",
      });
      expect(errors).toEqual([]);
      return { article, speaker, quote };
    }

    it("changes a quote's speakerText and span (by exact), bumps the version and records the changes", async () => {
      const { article, quote } = await draftQuote();
      const exact = 'The minister said "we will act".';
      const { annotation, errors } = await updateAnnotation({
        id: quote.id,
        expectedVersion: 1,
        speakerText: "Minister of the Interior",
        exact,
      });

      expect(errors).toEqual([]);
      const start = article.body.indexOf(exact);
      expect(annotation).toMatchObject({
        id: quote.id,
        version: 2,
        status: "DRAFT",
        speakerText: "Minister of the Interior",
        start,
        end: start + exact.length,
        exact,
      });
      const events = await eventsOf(quote.id);
      expect(events.map((e) => [e.kind, e.version])).toEqual([
        ["CREATED", 1],
        ["UPDATED", 2],
      ]);
      expect(events[1]).toMatchObject({
        fromStatus: "DRAFT",
        toStatus: "DRAFT",
      });
      expect(events[1].changes).toEqual({
        speakerText: { from: "the minister", to: "Minister of the Interior" },
        start: { from: 0, to: start },
        end: {
          from: "Body of a test article".length,
          to: start + exact.length,
        },
        exact: { from: "Body of a test article", to: exact },
      });
      const row = await db.prisma.annotation.findUniqueOrThrow({
        where: { id: dbId(quote.id) },
        include: { quote: true },
      });
      expect(row).toMatchObject({
        version: 2,
        start,
        exact,
        quote: { speakerText: "Minister of the Interior" },
      });
    });

    it("changes a claim's stance and counterparts and records them as from/to", async () => {
      const { article, subject } = await setUpRows();
      const first = await makeActor(db.prisma);
      const second = await makeActor(db.prisma);
      const created = await createClaim({
        articleId: article.gid,
        exact: "Body of a test article",
        topic: "FOREIGN_BACKING",
        stance: "ASSERTS",
        subjectId: subject.gid,
        counterpartIds: [first.gid],
        attributionKind: "UNATTRIBUTED",
      });
      expect(created.errors).toEqual([]);

      const { annotation, errors } = await updateAnnotation({
        id: created.claim.id,
        expectedVersion: 1,
        stance: "DENIES",
        counterpartIds: [second.gid, first.gid],
      });
      expect(errors).toEqual([]);
      expect(annotation).toMatchObject({ version: 2, stance: "DENIES" });
      expect(annotation.counterparts.map((a: any) => a.id)).toEqual([second.gid, first.gid]);

      const events = await eventsOf(created.claim.id);
      expect(events.map((e) => e.kind)).toEqual(["CREATED", "UPDATED"]);
      expect(events[1].version).toBe(2);
      expect(events[1].changes).toEqual({
        stance: { from: "ASSERTS", to: "DENIES" },
        counterpartIds: { from: [first.id], to: [second.id, first.id] },
      });
    });

    it("refuses a stale expectedVersion with CONFLICT and the current version, changing nothing", async () => {
      const { quote } = await draftQuote();
      const bumped = await updateAnnotation({
        id: quote.id,
        expectedVersion: 1,
        note: "first edit",
      });
      expect(bumped.errors).toEqual([]);
      expect(bumped.annotation.version).toBe(2);
      const before = await db.prisma.annotation.findUniqueOrThrow({
        where: { id: dbId(quote.id) },
        include: { quote: true },
      });

      const { annotation, errors } = await updateAnnotation({
        id: quote.id,
        expectedVersion: 1,
        speakerText: "someone else",
      });
      expect(annotation).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        code: "CONFLICT",
        field: ["input", "expectedVersion"],
        currentVersion: 2,
      });

      const after = await db.prisma.annotation.findUniqueOrThrow({
        where: { id: dbId(quote.id) },
        include: { quote: true },
      });
      expect(after).toEqual(before);
      expect((await eventsOf(quote.id)).map((e) => e.version)).toEqual([1, 2]);
    });

    it("refuses a claim-only field on a quote with BAD_USER_INPUT naming the field", async () => {
      const { quote } = await draftQuote();
      const { annotation, errors } = await updateAnnotation({
        id: quote.id,
        expectedVersion: 1,
        stance: "DENIES",
      });
      expect(annotation).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "BAD_USER_INPUT",
          field: ["input", "stance"],
        }),
      ]);
      const row = await db.prisma.annotation.findUniqueOrThrow({
        where: { id: dbId(quote.id) },
      });
      expect(row.version).toBe(1);
      expect(await eventsOf(quote.id)).toHaveLength(1);
    });

    it("refuses to edit a PUBLISHED annotation with NOT_EDITABLE", async () => {
      const { article } = await setUpRows();
      const published = await makeQuote(db.prisma, article, {
        start: 0,
        end: 4,
        status: "PUBLISHED",
      });
      const { annotation, errors } = await updateAnnotation({
        id: published.gid,
        expectedVersion: 1,
        note: "too late",
      });
      expect(annotation).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          code: "NOT_EDITABLE",
          field: ["input", "id"],
        }),
      ]);
      const row = await db.prisma.annotation.findUniqueOrThrow({
        where: { id: published.id },
      });
      expect(row).toMatchObject({
        version: 1,
        note: null,
        status: "PUBLISHED",
      });
    });

    it("lets exactly one of concurrent counterpart edits win, whatever the lists, and keeps the winner's list", async () => {
      const { article, subject } = await setUpRows();
      const actors = await Promise.all(Array.from({ length: 4 }, () => makeActor(db.prisma)));
      const created = await createClaim({
        articleId: article.gid,
        exact: "Body of a test article",
        topic: "FOREIGN_BACKING",
        stance: "ASSERTS",
        subjectId: subject.gid,
        counterpartIds: [actors[0]!.gid],
        attributionKind: "UNATTRIBUTED",
      });
      expect(created.errors).toEqual([]);
      // Overlapping and identical lists: the cases that once tripped the counterpart key or
      // slipped through as no-ops.
      const lists = [
        [actors[1]!.gid, actors[2]!.gid],
        [actors[2]!.gid, actors[1]!.gid],
        [actors[1]!.gid, actors[2]!.gid],
        [actors[3]!.gid],
        [actors[1]!.gid, actors[2]!.gid, actors[3]!.gid],
        [actors[3]!.gid],
      ];
      const results = await Promise.all(
        lists.map((counterpartIds) => updateAnnotation({ id: created.claim.id, expectedVersion: 1, counterpartIds })),
      );
      const winners = results.filter((r) => r.errors.length === 0);
      expect(winners).toHaveLength(1);
      for (const loser of results.filter((r) => r.errors.length > 0)) {
        expect(loser.errors).toEqual([expect.objectContaining({ code: "CONFLICT", currentVersion: 2 })]);
      }
      const stored = await db.prisma.claimCounterpart.findMany({
        where: { claimId: dbId(created.claim.id) },
        orderBy: { position: "asc" },
      });
      expect(stored.map((row) => toGlobalId("Actor", row.actorId))).toEqual(
        winners[0]!.annotation.counterparts.map((a: any) => a.id),
      );
      expect((await eventsOf(created.claim.id)).map((e) => e.version)).toEqual([1, 2]);
    });

    it("lets exactly one of 20 concurrent edits based on the same version win; the rest get CONFLICT", async () => {
      const { quote } = await draftQuote();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          updateAnnotation({
            id: quote.id,
            expectedVersion: 1,
            speakerText: `Editor ${i}`,
          }),
        ),
      );

      const winners = results.filter((r) => r.errors.length === 0);
      const losers = results.filter((r) => r.errors.length > 0);
      expect(winners).toHaveLength(1);
      expect(winners[0].annotation.version).toBe(2);
      expect(losers).toHaveLength(19);
      for (const loser of losers) {
        expect(loser.annotation).toBeNull();
        expect(loser.errors).toEqual([expect.objectContaining({ code: "CONFLICT", currentVersion: 2 })]);
      }

      const row = await db.prisma.annotation.findUniqueOrThrow({
        where: { id: dbId(quote.id) },
        include: { quote: true },
      });
      expect(row.version).toBe(2);
      expect(row.quote?.speakerText).toBe(winners[0].annotation.speakerText);
      const events = await eventsOf(quote.id);
      expect(events.map((e) => [e.kind, e.version])).toEqual([
        ["CREATED", 1],
        ["UPDATED", 2],
      ]);
    });
  });
});

describe("actors", () => {
  const ACTORS_BY_ALIAS = `
      query ($alias: String!) {
        actors(filter: { alias: $alias }) { totalCount edges { node { id name aliases } } }
      }`;

  describe("createActor", () => {
    it("drops aliases that repeat another alias or the name, ignoring case, accents and quote style", async () => {
      const t = tag();
      const { actor, errors } = await createActor({
        name: `Zoë Army ${t}`,
        kind: "ARMED_GROUP",
        countryCode: "LY",
        description: "A test armed group.",
        aliases: [
          `ZAF ${t}`,
          `zaf ${t}`,
          `  ZAF ${t}  `,
          `Zoë’s Forces ${t}`,
          `zoe's forces ${t}`,
          `ZOE ARMY ${t}`,
          `Zoë  Army ${t}`,
        ],
      });

      expect(errors).toEqual([]);
      expect(actor).toMatchObject({
        name: `Zoë Army ${t}`,
        kind: "ARMED_GROUP",
        countryCode: "LY",
        description: "A test armed group.",
        externalId: null,
        aliases: [`ZAF ${t}`, `Zoë’s Forces ${t}`],
      });
      expect(
        await db.prisma.actorAlias.count({
          where: { actorId: dbId(actor.id) },
        }),
      ).toBe(2);
    });

    it("finds the actor by name or alias, ignoring case, accents and quote style", async () => {
      const t = tag();
      const { actor } = await createActor({
        name: `Zoë Army ${t}`,
        kind: "ARMED_GROUP",
        aliases: [`Zoë’s Forces ${t}`],
      });
      for (const alias of [`zoe's forces ${t}`, `ZOË’S FORCES ${t}`, `zoe army ${t}`]) {
        const data = await api.ok(ACTORS_BY_ALIAS, { alias });
        expect(data.actors.totalCount).toBe(1);
        expect(data.actors.edges[0].node).toEqual({
          id: actor.id,
          name: `Zoë Army ${t}`,
          aliases: [`Zoë’s Forces ${t}`],
        });
      }
      const none = await api.ok(ACTORS_BY_ALIAS, { alias: `zoe forces ${t}` });
      expect(none.actors.totalCount).toBe(0);
    });

    it("refuses a second actor with the same externalId with ALREADY_EXISTS", async () => {
      const externalId = `Q${Date.now()}${tag()}`;
      const first = await createActor({
        name: `First ${tag()}`,
        kind: "PERSON",
        externalId,
      });
      expect(first.errors).toEqual([]);
      expect(first.actor.externalId).toBe(externalId);
      const before = await db.prisma.actor.count();
      const aliasesBefore = await db.prisma.actorAlias.count();

      const { actor, errors } = await createActor({
        name: `Second ${tag()}`,
        kind: "PERSON",
        externalId,
        aliases: [`Second alias ${tag()}`],
      });
      expect(actor).toBeNull();
      expect(errors).toEqual([
        {
          code: "ALREADY_EXISTS",
          message: "Another record already has this externalId.",
          field: ["input", "externalId"],
          currentVersion: null,
        },
      ]);
      expect(await db.prisma.actor.count()).toBe(before);
      expect(await db.prisma.actorAlias.count()).toBe(aliasesBefore);
    });

    it("refuses a countryCode that is not ISO alpha-2 with BAD_USER_INPUT naming countryCode", async () => {
      const before = await db.prisma.actor.count();
      const result = await api.run(CREATE_ACTOR, {
        input: { name: `Someone ${tag()}`, kind: "STATE", countryCode: "usa" },
      });
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions?.fields).toEqual([
        {
          field: ["input", "countryCode"],
          message: "countryCode must be two upper-case letters (ISO 3166-1 alpha-2)",
        },
      ]);
      expect(await db.prisma.actor.count()).toBe(before);
    });
  });

  describe("updateActor", () => {
    it("replaces the alias list, clears description with null and leaves omitted fields alone", async () => {
      const t = tag();
      const created = await createActor({
        name: `Eastern League ${t}`,
        kind: "ORGANIZATION",
        countryCode: "EG",
        description: "To be cleared.",
        externalId: `ext-${t}`,
        aliases: [`EL ${t}`, `The League ${t}`],
      });
      expect(created.errors).toEqual([]);

      const data = await api.ok(UPDATE_ACTOR, {
        input: {
          id: created.actor.id,
          expectedVersion: 1,
          aliases: [`Liga Oriental ${t}`, `liga oriental ${t}`, `EASTERN LEAGUE ${t}`],
          description: null,
        },
      });
      const { actor, errors } = data.updateActor;
      expect(errors).toEqual([]);
      expect(actor).toEqual({
        id: created.actor.id,
        name: `Eastern League ${t}`,
        kind: "ORGANIZATION",
        aliases: [`Liga Oriental ${t}`],
        countryCode: "EG",
        description: null,
        externalId: `ext-${t}`,
      });
      const old = await api.ok(ACTORS_BY_ALIAS, { alias: `el ${t}` });
      expect(old.actors.totalCount).toBe(0);
      const found = await api.ok(ACTORS_BY_ALIAS, {
        alias: `LIGA ORIENTAL ${t}`,
      });
      expect(found.actors.edges.map((e: any) => e.node.id)).toEqual([created.actor.id]);
    });

    it("refuses an externalId another actor has with ALREADY_EXISTS and changes nothing", async () => {
      const taken = await createActor({ name: `Holder ${tag()}`, kind: "PERSON", externalId: `Q-${tag()}` });
      const other = await createActor({ name: `Other ${tag()}`, kind: "PERSON", description: "Unchanged." });
      expect([taken.errors, other.errors]).toEqual([[], []]);

      const data = await api.ok(UPDATE_ACTOR, {
        input: { id: other.actor.id, expectedVersion: 1, externalId: taken.actor.externalId, description: "Changed." },
      });
      expect(data.updateActor.actor).toBeNull();
      expect(data.updateActor.errors).toEqual([
        {
          code: "ALREADY_EXISTS",
          message: "Another record already has this externalId.",
          field: ["input", "externalId"],
          currentVersion: null,
        },
      ]);
      const row = await db.prisma.actor.findUniqueOrThrow({ where: { id: dbId(other.actor.id) } });
      expect(row).toMatchObject({ externalId: null, description: "Unchanged." });
    });

    it("refuses an unknown actor id with NOT_FOUND", async () => {
      const data = await api.ok(UPDATE_ACTOR, {
        input: { id: missingId("Actor"), expectedVersion: 1, name: "Nobody" },
      });
      expect(data.updateActor.actor).toBeNull();
      expect(data.updateActor.errors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "id"] })]);
    });
  });
});

describe("anonymous writes", () => {
  describe("createActor", () => {
    it("refuses with UNAUTHENTICATED and writes nothing", async () => {
      const before = await db.prisma.actor.count();
      const alias = `Locked alias ${tag()}`;
      const result = await base.run(CREATE_ACTOR, {
        input: { name: `Locked out ${tag()}`, kind: "PERSON", aliases: [alias] },
      });
      expect(result.data).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(await db.prisma.actor.count()).toBe(before);
      expect(await db.prisma.actorAlias.count({ where: { alias } })).toBe(0);
    });
  });

  describe("importArticle", () => {
    it("refuses with UNAUTHENTICATED and writes nothing", async () => {
      const before = await db.prisma.article.count();
      const result = await base.run(IMPORT_ARTICLE, { input: { text: `Locked out ${randomUUID()}.` } });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(await db.prisma.article.count()).toBe(before);
    });
  });
});
