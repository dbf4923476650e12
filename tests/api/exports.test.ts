import { readFile } from "node:fs/promises";
import path from "node:path";
import jsonld from "jsonld";
import type { JsonLdDocument } from "jsonld";
import { createEventHub } from "../../src/modules/history/history.events";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { loadConfig } from "../../src/shared/config";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { makeActor, makeArticle, makeTopic } from "../factories";
import type { TestDatabase } from "../support/database";
import { countStatements, createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi, dbId, forgeToken, TEST_JWT_SECRET } from "../support/graphql";

/**
 * The article exports over real HTTP: the W3C Web Annotation collection, the schema.org claims
 * and the text their offsets count in, read with the viewer's scope.
 */

// Emoji (surrogate pairs, a flag and a joined family) and typographic quotes before and inside the spans.
const BODY =
  "Tripoli 🇱🇾, 5 April. The Libyan National Army said it had “received no foreign support”, its spokesman " +
  "told reporters 😀. According to diplomats and Tripoli officials, Haftar’s forces are backed by Russian " +
  "mercenaries, Egypt and the United Arab Emirates. The UN envoy said: “We are deeply concerned 🙏.” " +
  "A family 👨‍👩‍👧 fled the city.";

const ANNO_PROFILE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const OA = "http://www.w3.org/ns/oa#";
const CG = "https://claimgraph.example/ns#";

/** The contexts shipped in docs/contexts, by the URLs the exports name: the only documents the loader serves. */
const SHIPPED: Record<string, string> = {
  "http://www.w3.org/ns/anno.jsonld": "anno.jsonld",
  "https://www.w3.org/ns/anno.jsonld": "anno.jsonld",
  "https://schema.org": "schema.org.jsonld",
  "https://schema.org/": "schema.org.jsonld",
  "http://schema.org": "schema.org.jsonld",
  "http://schema.org/": "schema.org.jsonld",
};
const requested: string[] = [];
const documentLoader = async (url: string) => {
  requested.push(url);
  const file = SHIPPED[url];
  if (!file) throw new Error(`the test's document loader serves only the shipped contexts, not ${url}`);
  const document = JSON.parse(await readFile(path.join(PROJECT_ROOT, "docs", "contexts", file), "utf8"));
  return { contextUrl: undefined, documentUrl: url, document };
};

/** Expands in safe mode: a term no context defines (which JSON-LD would drop silently) is an error. */
function expand(document: unknown) {
  return jsonld.expand(document as JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand);
}

describe("exports", () => {
  let db: TestDatabase;
  let api: TestApi;
  let server: RunningServer;
  let base: string;
  let annotator: TestUser;
  let articleGid: string;
  const published: string[] = [];
  const drafts: string[] = [];
  let denialGid: string;
  let assertionGid: string;
  let quoteGid: string;
  let erasedWork: string;

  async function get(url: string, token?: string | null, method = "GET") {
    const response = await fetch(url.startsWith("http") ? url : base + url, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|stack|prisma|node_modules|at \//i);
    return { status: response.status, headers: response.headers, text };
  }
  const json = async (url: string, token?: string | null) => {
    const response = await get(url, token);
    expect(response.status).toBe(200);
    return { ...response, body: JSON.parse(response.text) };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db, { port: 0, host: "127.0.0.1" });
    server = await startHttpServer(api.app, await createSchema(), createEventHub());
    base = server.url.replace(/\/graphql$/, "");
    annotator = await api.user("ANNOTATOR", "Ann Otator");
    const article = await makeArticle(db.prisma, { title: "Haftar’s backers", body: BODY, source: "Reuters" });
    await db.prisma.article.update({ where: { id: article.id }, data: { url: "https://news.example/haftar" } });
    articleGid = article.gid;
    await makeTopic(db.prisma, "FOREIGN_BACKING");
    const lna = await makeActor(db.prisma, { name: "Libyan National Army", kind: "ARMED_GROUP" });
    await db.prisma.actor.update({ where: { id: lna.id }, data: { externalId: "Q1142406" } });
    const mercenaries = await makeActor(db.prisma, { name: "Russian mercenaries", kind: "ARMED_GROUP" });
    const egypt = await makeActor(db.prisma, { name: "Egypt", kind: "STATE" });
    const uae = await makeActor(db.prisma, { name: "United Arab Emirates", kind: "STATE" });
    const envoy = await makeActor(db.prisma, { name: "UN envoy", kind: "PERSON" });

    const quote = async (input: Record<string, unknown>) =>
      (
        await annotator.api.ok(
          "mutation ($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id } errors { code message } } }",
          { i: { articleId: articleGid, ...input } },
        )
      ).createQuote.quote.id as string;
    const claim = async (input: Record<string, unknown>) =>
      (
        await annotator.api.ok(
          "mutation ($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } errors { code message } } }",
          { i: { articleId: articleGid, topic: "FOREIGN_BACKING", subjectId: lna.gid, ...input } },
        )
      ).createClaim.claim.id as string;

    quoteGid = await quote({
      exact: "“received no foreign support”",
      speakerId: lna.gid,
      speakerText: "its spokesman",
    });
    denialGid = await claim({
      exact: "received no foreign support",
      stance: "DENIES",
      claimantId: lna.gid,
      attributionKind: "SELF",
      quoteId: quoteGid,
    });
    assertionGid = await claim({
      exact: "Haftar’s forces are backed by Russian mercenaries, Egypt and the United Arab Emirates",
      stance: "ASSERTS",
      counterpartIds: [mercenaries.gid, egypt.gid, uae.gid],
      attributionText: "according to diplomats and Tripoli officials",
      attributionKind: "ANONYMOUS_SOURCE",
    });
    published.push(quoteGid, denialGid, assertionGid);
    drafts.push(await quote({ exact: "We are deeply concerned 🙏.", speakerId: envoy.gid, quoteKind: "DIRECT" }));
    drafts.push(await claim({ exact: "A family 👨‍👩‍👧 fled", stance: "ASSERTS", attributionKind: "UNATTRIBUTED" }));
    await db.prisma.annotation.updateMany({
      where: { id: { in: published.map(dbId) } },
      data: { status: "PUBLISHED" },
    });

    // A draft whose author has since been erased: editors see it, attributed to "Erased user".
    const leaver = await api.user("ANNOTATOR", "Lea Ver");
    erasedWork = (
      await leaver.api.ok("mutation ($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id } } }", {
        i: { articleId: articleGid, exact: "its spokesman" },
      })
    ).createQuote.quote.id;
    drafts.push(erasedWork);
    const admin = await api.user("ADMIN");
    await admin.api.ok("mutation ($i: EraseUserInput!) { eraseUser(input: $i) { errors { code } } }", {
      i: { id: leaver.gid },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  const urn = (gid: string) => `urn:claimgraph:node:${gid}`;
  const itemsOf = (collection: any): any[] => collection.first?.items ?? [];

  describe("GET /export/articles/:id/annotations", () => {
    it("is a W3C AnnotationCollection of the published annotations for a reader", async () => {
      const { headers, body } = await json(`/export/articles/${articleGid}/annotations`);
      expect(headers.get("content-type")).toBe(ANNO_PROFILE);
      expect(body["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
      expect(body).toMatchObject({
        id: `${base}/export/articles/${articleGid}/annotations`,
        type: "AnnotationCollection",
        total: 3,
        first: { type: "AnnotationPage", startIndex: 0 },
      });
      const items = itemsOf(body);
      expect(items.map((item) => item.id)).toEqual(published.map(urn));
      expect(items.map((item) => item.motivation)).toEqual(["identifying", "classifying", "classifying"]);
      for (const item of items) {
        expect(item).toMatchObject({ type: "Annotation", status: "PUBLISHED" });
        expect(new Date(item.created).toISOString()).toBe(item.created);
        expect(item.target.source).toMatchObject({
          id: `${base}/export/articles/${articleGid}/text`,
          type: "Text",
          via: "https://news.example/haftar",
        });
        // Accounts are for editors: a reader learns the newsroom published it, not who wrote it.
        expect(item.creator).toEqual({ type: "Organization", name: "The newsroom", homepage: `${base}/` });
      }
      expect(JSON.stringify(body)).not.toMatch(/Ann Otator|@test\.local|deeply concerned|family/);
    });

    it("describes quotes and claims in their bodies, the stance and sources included", async () => {
      const [quote, denial, assertion] = itemsOf((await json(`/export/articles/${articleGid}/annotations`)).body);
      expect(quote.body[1]).toMatchObject({
        type: "Quote",
        quoteKind: "DIRECT",
        speakerText: "its spokesman",
        speaker: {
          type: "Organization",
          name: "Libyan National Army",
          sameAs: "http://www.wikidata.org/entity/Q1142406",
        },
      });
      expect(denial.body[0].value).toMatch(/^Denies, on foreign_backing, about Libyan National Army/);
      expect(denial.body[1]).toEqual({
        type: "TextualBody",
        purpose: "tagging",
        value: "FOREIGN_BACKING",
        format: "text/plain",
      });
      expect(denial.body[2]).toMatchObject({
        type: "Claim",
        stance: "DENIES",
        attributionKind: "SELF",
        claimant: { name: "Libyan National Army" },
        counterparts: [],
        quote: urn(quoteGid),
      });
      expect(assertion.body[2]).toMatchObject({
        stance: "ASSERTS",
        attributionText: "according to diplomats and Tripoli officials",
        counterparts: [{ name: "Russian mercenaries" }, { name: "Egypt" }, { name: "United Arab Emirates" }],
      });
      expect(assertion.body[2].claimant).toBeUndefined();
    });

    it("gives an editor every state, with authors by name and never an e-mail address", async () => {
      const { headers, body, text } = await json(`/export/articles/${articleGid}/annotations`, annotator.token);
      expect(headers.get("cache-control")).toBe("private, no-store");
      expect(body.total).toBe(6);
      const byId = new Map(itemsOf(body).map((item) => [item.id, item]));
      expect([...byId.keys()].sort()).toEqual([...published, ...drafts].map(urn).sort());
      expect(byId.get(urn(drafts[0]!)).status).toBe("DRAFT");
      expect(byId.get(urn(published[0]!)).creator).toEqual({
        id: urn(annotator.gid),
        type: "Person",
        name: "Ann Otator",
      });
      expect(byId.get(urn(erasedWork)).creator).toMatchObject({ type: "Person", name: "Erased user" });
      expect(text).not.toMatch(/@test\.local|erased\.invalid|Lea Ver|passwordHash/);
    });

    it("round-trips: each TextPositionSelector slices the served text to the TextQuoteSelector's exact", async () => {
      const text = await get(`/export/articles/${articleGid}/text`);
      expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(text.text).toBe(BODY);
      const items = itemsOf((await json(`/export/articles/${articleGid}/annotations`, annotator.token)).body);
      expect(items).toHaveLength(6);
      for (const item of items) {
        const quote = item.target.selector.find((s: any) => s.type === "TextQuoteSelector");
        const position = item.target.selector.find((s: any) => s.type === "TextPositionSelector");
        expect(text.text.slice(position.start, position.end)).toBe(quote.exact);
        expect(text.text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
        expect(text.text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      }
      // The spans after the emoji: offsets in UTF-16 code units, as JavaScript counts.
      const exacts = items.map((item) => item.target.selector[0].exact);
      expect(exacts).toEqual(expect.arrayContaining(["“received no foreign support”", "A family 👨‍👩‍👧 fled"]));
    });

    it("expands as JSON-LD under the shipped contexts, every term kept", async () => {
      requested.length = 0;
      const { body } = await json(`/export/articles/${articleGid}/annotations`, annotator.token);
      const expanded = await expand(body);
      const flat = JSON.stringify(expanded);
      for (const iri of [
        "http://www.w3.org/ns/activitystreams#OrderedCollection",
        "http://www.w3.org/ns/activitystreams#items",
        `${OA}Annotation`,
        `${OA}motivatedBy`,
        `${OA}classifying`,
        `${OA}identifying`,
        `${OA}hasTarget`,
        `${OA}hasSource`,
        `${OA}hasSelector`,
        `${OA}TextQuoteSelector`,
        `${OA}TextPositionSelector`,
        `${OA}exact`,
        `${OA}prefix`,
        `${OA}start`,
        `${OA}hasPurpose`,
        "http://purl.org/dc/terms/creator",
        `${CG}stance`,
        `${CG}Claim`,
        `${CG}counterpart`,
        `${CG}attributionText`,
      ]) {
        expect(flat).toContain(iri);
      }
      expect(requested).toContain("http://www.w3.org/ns/anno.jsonld");
      // The check has teeth: a term no context defines is refused, not silently dropped.
      await expect(expand({ ...body, madeUpTerm: 1 })).rejects.toThrow(/Safe mode/);
    });

    it("leaves `first` out of an empty collection", async () => {
      const empty = await makeArticle(db.prisma);
      const { body } = await json(`/export/articles/${empty.gid}/annotations`);
      expect(body).toMatchObject({ type: "AnnotationCollection", total: 0 });
      expect(body.first).toBeUndefined();
      await expand(body);
    });
  });

  describe("GET /export/articles/:id/claims", () => {
    it("is schema.org Claims of the published claims for a reader", async () => {
      const { headers, body } = await json(`/export/articles/${articleGid}/claims`);
      expect(headers.get("content-type")).toBe("application/ld+json");
      const head = await get(`/export/articles/${articleGid}/claims`, null, "HEAD");
      expect({ status: head.status, type: head.headers.get("content-type"), text: head.text }).toEqual({
        status: 200,
        type: "application/ld+json",
        text: "",
      });
      expect(body["@context"][0]).toBe("https://schema.org");
      expect(body).toMatchObject({ "@type": "ItemList", numberOfItems: 2 });
      const [denial, assertion] = body.itemListElement;
      const appearance = {
        "@id": urn(articleGid),
        "@type": "NewsArticle",
        headline: "Haftar’s backers",
        url: "https://news.example/haftar",
        datePublished: "2024-01-01T00:00:00.000Z",
        inLanguage: "en",
        publisher: { "@type": "Organization", name: "Reuters" },
      };
      expect(denial).toMatchObject({
        "@id": urn(denialGid),
        "@type": "Claim",
        text: "received no foreign support",
        stance: "DENIES",
        author: { "@type": "Organization", name: "Libyan National Army" },
        about: { "@type": "Organization", name: "Libyan National Army" },
        datePublished: "2024-01-01T00:00:00.000Z",
        keywords: { "@type": "DefinedTerm", termCode: "FOREIGN_BACKING" },
        appearance,
        quote: urn(quoteGid),
      });
      expect(denial.description).toMatch(/^Denies/);
      expect(assertion).toMatchObject({
        "@id": urn(assertionGid),
        stance: "ASSERTS",
        creditText: "according to diplomats and Tripoli officials",
        attributionKind: "ANONYMOUS_SOURCE",
        mentions: [
          { "@type": "Organization", name: "Russian mercenaries" },
          { "@type": "Country", name: "Egypt" },
          { "@type": "Country", name: "United Arab Emirates" },
        ],
      });
      expect(assertion.author).toBeUndefined();
      for (const claim of body.itemListElement) expect(BODY.slice(claim.startOffset, claim.endOffset)).toBe(claim.text);
    });

    it("gives an editor the draft claims too", async () => {
      const { body } = await json(`/export/articles/${articleGid}/claims`, annotator.token);
      expect(body.numberOfItems).toBe(3);
      expect(body.itemListElement.map((claim: any) => claim.status)).toEqual(["PUBLISHED", "PUBLISHED", "DRAFT"]);
    });

    it("expands as JSON-LD under the shipped contexts, every term kept", async () => {
      const { body } = await json(`/export/articles/${articleGid}/claims`, annotator.token);
      const flat = JSON.stringify(await expand(body));
      for (const iri of [
        "http://schema.org/ItemList",
        "http://schema.org/Claim",
        "http://schema.org/appearance",
        "http://schema.org/NewsArticle",
        "http://schema.org/author",
        "http://schema.org/about",
        "http://schema.org/datePublished",
        "http://schema.org/text",
        "http://schema.org/creditText",
        "http://schema.org/DefinedTerm",
        `${CG}stance`,
        `${CG}start`,
      ]) {
        expect(flat).toContain(iri);
      }
    });
  });

  describe("refusals", () => {
    it.each([
      ["a malformed id", "/export/articles/not-an-id/annotations", 400, "INVALID_ID"],
      ["a quote's id", () => `/export/articles/${published[0]}/claims`, 400, "INVALID_ID"],
      [
        "an unknown article",
        () => `/export/articles/${toGlobalId("Article", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")}/annotations`,
        404,
        "NOT_FOUND",
      ],
      ["an unknown export", () => `/export/articles/${articleGid}/rdf`, 404, "NOT_FOUND"],
      ["a malformed escape", "/export/articles/%E0%A4%A/text", 400, "BAD_REQUEST"],
    ])("answers %s with a coded JSON error", async (_name, url, status, code) => {
      const response = await get(typeof url === "function" ? url() : url);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(JSON.parse(response.text).errors[0].extensions.code).toBe(code);
    });

    it("refuses an invalid or expired token with 401, as /graphql does", async () => {
      const expired = await forgeToken(annotator.id, TEST_JWT_SECRET, Math.floor(Date.now() / 1000) - 60);
      for (const token of ["garbage", expired]) {
        const response = await get(`/export/articles/${articleGid}/annotations`, token);
        expect(response.status).toBe(401);
        expect(JSON.parse(response.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      }
    });

    it("answers another method with 405 and Allow", async () => {
      const response = await get(`/export/articles/${articleGid}/claims`, null, "POST");
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
    });
  });

  describe("cost", () => {
    it("reads an export in the same few statements whatever the article holds", async () => {
      const small = await makeArticle(db.prisma);
      const topic = await makeTopic(db.prisma, "FOREIGN_BACKING");
      const actor = await makeActor(db.prisma);
      for (let i = 0; i < 3; i++) {
        await db.prisma.annotation.create({
          data: {
            articleId: small.id,
            kind: "CLAIM",
            status: "PUBLISHED",
            authorId: annotator.id,
            start: i,
            end: i + 4,
            exact: small.body.slice(i, i + 4),
            claim: {
              create: { topicId: topic.id, subjectId: actor.id, stance: "ASSERTS", attributionKind: "UNATTRIBUTED" },
            },
          },
        });
      }
      for (const token of [null, annotator.token]) {
        for (const kind of ["annotations", "claims"]) {
          const few = await countStatements(db, () => json(`/export/articles/${small.gid}/${kind}`, token));
          const many = await countStatements(db, () => json(`/export/articles/${articleGid}/${kind}`, token));
          expect({ token: !!token, kind, many }).toEqual({ token: !!token, kind, many: few });
          expect(many).toBeLessThanOrEqual(token ? 5 : 3);
        }
      }
    });
  });

  describe("Article.exportUrls", () => {
    it("gives the absolute URLs of the exports, which serve them", async () => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "query ($id: ID!) { article(id: $id) { exportUrls { text annotations claims } } }",
          variables: { id: articleGid },
        }),
      });
      const { data } = (await response.json()) as { data: any };
      expect(data.article.exportUrls).toEqual({
        text: `${base}/export/articles/${articleGid}/text`,
        annotations: `${base}/export/articles/${articleGid}/annotations`,
        claims: `${base}/export/articles/${articleGid}/claims`,
      });
      for (const url of Object.values<string>(data.article.exportUrls)) expect((await get(url)).status).toBe(200);
    });

    it("starts with PUBLIC_URL when it is set", async () => {
      const config = loadConfig({ PUBLIC_URL: "https://news.example.org/claimgraph/" });
      expect(config.publicUrl).toBe("https://news.example.org/claimgraph");
      expect(() => loadConfig({ PUBLIC_URL: "news.example.org" })).toThrow(/PUBLIC_URL/);
      const behindProxy = await createTestApi(db, { publicUrl: config.publicUrl });
      const data = await behindProxy.ok("query ($id: ID!) { article(id: $id) { exportUrls { claims } } }", {
        id: articleGid,
      });
      expect(data.article.exportUrls.claims).toBe(
        `https://news.example.org/claimgraph/export/articles/${articleGid}/claims`,
      );
      await behindProxy.server.stop();
    });
  });
});
