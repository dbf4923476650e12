import { corpusArticle, corpusCast, random } from "../../src/modules/ingest/corpus.generator";
import { uuidV7 } from "../../src/shared/ids";
import { checkMove } from "../../src/modules/workflow/workflow.table";

const SIZE = { articles: 500, seed: 7 };

describe("corpus generator", () => {
  const cast = corpusCast(SIZE);
  const articles = Array.from({ length: 60 }, (_, i) => corpusArticle(cast, SIZE, i * 8));
  const annotations = articles.flatMap((article) => article.annotations.map((annotation) => ({ article, annotation })));

  it("gives the same rows for the same seed, and other rows for another", () => {
    expect(corpusArticle(corpusCast(SIZE), SIZE, 17)).toEqual(corpusArticle(cast, SIZE, 17));
    const other = { ...SIZE, seed: 8 };
    expect(corpusArticle(corpusCast(other), other, 17).body).not.toEqual(corpusArticle(cast, SIZE, 17).body);
  });

  it("writes articles of 3–5k characters, newer as the index grows, with unique ids and hashes", () => {
    for (const article of articles) {
      expect(article.body.length).toBeGreaterThanOrEqual(3000);
      expect(article.body.length).toBeLessThanOrEqual(5200);
    }
    const times = articles.map((article) => article.publishedAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const ids = annotations.map(({ annotation }) => annotation.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(articles.map((article) => article.contentHash)).size).toBe(articles.length);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
  });

  it("anchors every span: the body's text at start..end is exact, with its prefix and suffix", () => {
    for (const { article, annotation } of annotations) {
      expect(article.body.slice(annotation.start, annotation.end)).toBe(annotation.exact);
      expect(article.body.slice(0, annotation.start).endsWith(annotation.prefix)).toBe(true);
      expect(article.body.slice(annotation.end).startsWith(annotation.suffix)).toBe(true);
    }
  });

  it("makes about seven annotations an article, most published, and every other state too", () => {
    const perArticle = annotations.length / articles.length;
    expect(perArticle).toBeGreaterThan(5);
    expect(perArticle).toBeLessThan(9);
    const published = annotations.filter(({ annotation }) => annotation.status === "PUBLISHED").length;
    expect(published / annotations.length).toBeGreaterThan(0.75);
    const big = Array.from({ length: 400 }, (_, i) => corpusArticle(cast, SIZE, i)).flatMap((a) => a.annotations);
    expect(new Set(big.map((annotation) => annotation.status))).toEqual(
      new Set([
        "PUBLISHED",
        "DRAFT",
        "IN_REVIEW",
        "APPROVED",
        "CHANGES_REQUESTED",
        "REJECTED",
        "RETRACTED",
        "SUGGESTED",
      ]),
    );
  });

  it("names claims' actors and quotes that exist, and puts a claim made in a quote inside its span", () => {
    const actors = new Set(cast.actors.map((actor) => actor.id));
    const topics = new Set(cast.topics.map((topic) => topic.id));
    for (const { article, annotation } of annotations) {
      if (annotation.quote?.speakerId) expect(actors.has(annotation.quote.speakerId)).toBe(true);
      const claim = annotation.claim;
      if (!claim) continue;
      expect(topics.has(claim.topicId)).toBe(true);
      for (const id of [claim.subjectId, claim.claimantId, ...claim.counterpartIds].filter(Boolean)) {
        expect(actors.has(id!)).toBe(true);
      }
      if (claim.quoteId) {
        const quote = article.annotations.find((other) => other.id === claim.quoteId)!;
        expect(quote.kind).toBe("QUOTE");
        expect(annotation.start).toBeGreaterThanOrEqual(quote.start);
        expect(annotation.end).toBeLessThanOrEqual(quote.end);
      }
    }
  });

  it("writes a history that agrees with each annotation: allowed moves, versions, four eyes, times in order", () => {
    for (const { annotation } of annotations) {
      const [created, ...rest] = annotation.events;
      expect(created).toMatchObject({ kind: "CREATED", version: 1, userId: annotation.authorId });
      let status = created!.toStatus!;
      let version = 1;
      let time = created!.createdAt.getTime();
      for (const event of rest) {
        expect(event.createdAt.getTime()).toBeGreaterThan(time);
        time = event.createdAt.getTime();
        expect(event.fromStatus).toBe(status);
        if (event.kind === "TRANSITIONED") {
          const role = cast.users.find((user) => user.id === event.userId)!.role;
          const subject = { status, authorId: annotation.authorId, lastEditorId: annotation.lastEditorId };
          expect(checkMove({ userId: event.userId, role }, subject, event.toStatus!, event.comment)).toMatchObject({
            ok: true,
          });
        }
        if (event.kind === "UPDATED" || event.kind === "TRANSITIONED") version++;
        expect(event.version).toBe(version);
        status = event.toStatus!;
      }
      expect(status).toBe(annotation.status);
      expect(version).toBe(annotation.version);
      expect(annotation.comments.length).toBe(annotation.events.filter((event) => event.kind === "COMMENTED").length);
    }
  });

  it("makes time-ordered version 7 UUIDs", () => {
    const rng = random(1);
    const early = uuidV7(new Date(Date.UTC(2019, 10, 26)), rng);
    const late = uuidV7(new Date(Date.UTC(2019, 10, 27)), rng);
    expect(early < late).toBe(true);
    // The first 48 bits are the time in milliseconds.
    expect(parseInt(early.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.UTC(2019, 10, 26));
  });
});
