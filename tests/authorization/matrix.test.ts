import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { ANNOTATION_EVENTS, createEventHub } from "../../src/modules/history/history.events";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { subscribe } from "../support/subscriber";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { makeActor, makeArticle, makeQuote, makeTopic } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi, dbId, forgeToken, TEST_JWT_SECRET } from "../support/graphql";
import type { Caller } from "./matrix";
import { CALLERS, MATRIX, renderMatrix } from "./matrix";
import { renderWhoSeesWhat, WHO_SEES_WHAT_END, WHO_SEES_WHAT_START } from "./policy-doc";

const DOC = path.join(PROJECT_ROOT, "docs", "authorization.md");
const README = path.join(PROJECT_ROOT, "README.md");

interface Fixtures {
  articleGid: string;
  articleId: string;
  body: string;
  actorGid: string;
  publishedQuote: string;
  annotator: TestUser;
  target: TestUser;
}

/** What each matrix row sends: built fresh per call, so rows that change state do not interfere. */
const OPERATIONS: Record<string, (f: Fixtures, db: TestDatabase) => Promise<{ query: string; variables?: object }>> = {
  node: async (f) => ({ query: "query ($id: ID!) { node(id: $id) { id } }", variables: { id: f.publishedQuote } }),
  articles: async () => ({ query: "{ articles { totalCount } }" }),
  article: async (f) => ({ query: "query ($id: ID!) { article(id: $id) { title } }", variables: { id: f.articleGid } }),
  actors: async () => ({ query: "{ actors { totalCount } }" }),
  actor: async (f) => ({ query: "query ($id: ID!) { actor(id: $id) { name } }", variables: { id: f.actorGid } }),
  quotes: async () => ({ query: "{ quotes { totalCount } }" }),
  claims: async () => ({ query: "{ claims { totalCount } }" }),
  annotations: async () => ({ query: "{ annotations { totalCount } }" }),
  topics: async () => ({ query: "{ topics { totalCount } }" }),
  search: async () => ({ query: '{ search(query: "officials") { totalCount } }' }),
  ledger: async (f) => ({
    query: 'query ($s: ID!) { ledger(subjectId: $s, topic: "FOREIGN_BACKING") { claimCount } }',
    variables: { s: f.actorGid },
  }),
  me: async () => ({ query: "{ me { email } }" }),
  "Annotation.note": async (f) => ({
    query: "query ($id: ID!) { node(id: $id) { ... on Quote { note } } }",
    variables: { id: f.publishedQuote },
  }),
  "Annotation.history": async (f) => ({
    query: "query ($id: ID!) { node(id: $id) { ... on Quote { history { totalCount } } } }",
    variables: { id: f.publishedQuote },
  }),
  "Annotation.comments": async (f) => ({
    query: "query ($id: ID!) { node(id: $id) { ... on Quote { comments { totalCount } } } }",
    variables: { id: f.publishedQuote },
  }),
  users: async () => ({ query: "{ users { totalCount } }" }),
  events: async () => ({ query: "{ events { totalCount } }" }),
  login: async (f) => ({
    query: "mutation ($i: LoginInput!) { login(input: $i) { token errors { code } } }",
    variables: { i: { email: f.annotator.email, password: `password-of-${f.annotator.email}` } },
  }),
  importArticle: async () => ({
    query: "mutation ($i: ImportArticleInput!) { importArticle(input: $i) { errors { code } } }",
    variables: { i: { text: ` date 2024-02-02 A new article ${randomUUID()}.` } },
  }),
  correctArticle: async (_f, db) => {
    const article = await makeArticle(db.prisma);
    return {
      query: "mutation ($i: CorrectArticleInput!) { correctArticle(input: $i) { errors { code } } }",
      variables: { i: { id: article.gid, body: `${article.body} Corrected.`, expectedRevision: 1 } },
    };
  },
  createActor: async () => ({
    query: "mutation ($i: CreateActorInput!) { createActor(input: $i) { errors { code } } }",
    variables: { i: { name: `Actor ${randomUUID()}`, kind: "PERSON" } },
  }),
  updateActor: async (f, db) => ({
    query: "mutation ($i: UpdateActorInput!) { updateActor(input: $i) { errors { code } } }",
    variables: {
      i: {
        id: f.actorGid,
        expectedVersion: (await db.prisma.actor.findUniqueOrThrow({ where: { id: dbId(f.actorGid) } })).version,
        description: `Seen ${randomUUID()}`,
      },
    },
  }),
  mergeActors: async (_f, db) => {
    const [survivor, merged] = await Promise.all([makeActor(db.prisma), makeActor(db.prisma)]);
    return {
      query: "mutation ($i: MergeActorsInput!) { mergeActors(input: $i) { errors { code } } }",
      variables: {
        i: {
          survivorId: survivor.gid,
          mergedIds: [merged.gid],
          expectedVersions: [
            { id: survivor.gid, version: 1 },
            { id: merged.gid, version: 1 },
          ],
        },
      },
    };
  },
  createQuote: async (f) => ({
    query: "mutation ($i: CreateQuoteInput!) { createQuote(input: $i) { errors { code } } }",
    variables: { i: { articleId: f.articleGid, start: 0, end: 4 } },
  }),
  createClaim: async (f) => ({
    query: "mutation ($i: CreateClaimInput!) { createClaim(input: $i) { errors { code } } }",
    variables: {
      i: {
        articleId: f.articleGid,
        start: 0,
        end: 4,
        topic: "FOREIGN_BACKING",
        stance: "ASSERTS",
        subjectId: f.actorGid,
        attributionKind: "UNATTRIBUTED",
      },
    },
  }),
  updateAnnotation: async (f, db) => ({
    query: "mutation ($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { errors { code } } }",
    variables: { i: { id: await annotatorsWork(f, db, "DRAFT"), expectedVersion: 1, note: "edited" } },
  }),
  "transitionAnnotation (submit)": async (f, db) => ({
    query: "mutation ($i: TransitionAnnotationInput!) { transitionAnnotation(input: $i) { errors { code } } }",
    variables: { i: { id: await annotatorsWork(f, db, "DRAFT"), to: "IN_REVIEW", expectedVersion: 1 } },
  }),
  "transitionAnnotation (approve)": async (f, db) => ({
    query: "mutation ($i: TransitionAnnotationInput!) { transitionAnnotation(input: $i) { errors { code } } }",
    variables: { i: { id: await annotatorsWork(f, db, "IN_REVIEW"), to: "APPROVED", expectedVersion: 1 } },
  }),
  addComment: async (f) => ({
    query: "mutation ($i: AddCommentInput!) { addComment(input: $i) { errors { code } } }",
    variables: { i: { annotationId: f.publishedQuote, body: "A note" } },
  }),
  createUser: async () => ({
    query: "mutation ($i: CreateUserInput!) { createUser(input: $i) { errors { code } } }",
    variables: {
      i: {
        email: `${randomUUID()}@test.local`,
        displayName: "New",
        role: "ANNOTATOR",
        password: "a long enough password",
      },
    },
  }),
  updateUser: async (f) => ({
    query: "mutation ($i: UpdateUserInput!) { updateUser(input: $i) { errors { code } } }",
    variables: { i: { id: f.target.gid, displayName: `Renamed ${randomUUID().slice(0, 8)}` } },
  }),
  eraseUser: async (_f, db) => {
    const user = await db.prisma.user.create({
      data: { email: `${randomUUID()}@test.local`, displayName: "To erase", role: "ANNOTATOR" },
    });
    return {
      query: "mutation ($i: EraseUserInput!) { eraseUser(input: $i) { errors { code } } }",
      variables: { i: { id: toGlobalId("User", user.id) } },
    };
  },
  annotationEvents: async (f) => ({
    query: "subscription ($a: ID) { annotationEvents(articleId: $a) { kind toStatus } }",
    variables: { a: f.articleGid },
  }),
  // HTTP rows: the path to GET.
  "GET /export/articles/:id/text": async (f) => ({ query: `/export/articles/${f.articleGid}/text` }),
  "GET /export/articles/:id/annotations": async (f) => ({ query: `/export/articles/${f.articleGid}/annotations` }),
  "GET /export/articles/:id/claims": async (f) => ({ query: `/export/articles/${f.articleGid}/claims` }),
};

async function annotatorsWork(f: Fixtures, db: TestDatabase, status: "DRAFT" | "IN_REVIEW"): Promise<string> {
  const quote = await makeQuote(db.prisma, { id: f.articleId, body: f.body }, { status });
  await db.prisma.annotation.update({
    where: { id: quote.id },
    data: { authorId: f.annotator.id, lastEditorId: f.annotator.id },
  });
  return quote.gid;
}

describe("authorization matrix", () => {
  let db: TestDatabase;
  let api: TestApi;
  let server: RunningServer;
  let fixtures: Fixtures;
  const hub = createEventHub();
  const tokens = {} as Record<Caller, string | null>;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db, { port: 0, host: "127.0.0.1" });
    server = await startHttpServer(api.app, await createSchema(hub), hub);
    const [annotator, reviewer, admin, disabled, target] = await Promise.all([
      api.user("ANNOTATOR"),
      api.user("REVIEWER"),
      api.user("ADMIN"),
      api.user("ANNOTATOR"),
      api.user("ANNOTATOR"),
    ]);
    await db.prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const now = Math.floor(Date.now() / 1000);
    Object.assign(tokens, {
      reader: null,
      annotator: annotator.token,
      reviewer: reviewer.token,
      admin: admin.token,
      "disabled user": disabled.token,
      "expired token": await forgeToken(admin.id, TEST_JWT_SECRET, now - 60),
      "wrong key": await forgeToken(admin.id, "a-different-signing-key-0123456789abcdef", now + 3600),
    });
    const article = await makeArticle(db.prisma);
    const actor = await makeActor(db.prisma);
    await makeTopic(db.prisma, "FOREIGN_BACKING");
    const published = await makeQuote(db.prisma, article, { status: "PUBLISHED" });
    fixtures = {
      articleGid: article.gid,
      articleId: article.id,
      body: article.body,
      actorGid: actor.gid,
      publishedQuote: published.gid,
      annotator,
      target,
    };
  });
  afterAll(async () => {
    await server?.httpServer.close();
    await server?.stop();
    await db.drop();
  });

  it("covers every query and mutation of the schema", async () => {
    const schema = await createSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
      ...Object.keys(schema.getSubscriptionType()!.getFields()),
    ];
    const covered = new Set(MATRIX.map((row) => row.operation.split(" ")[0]));
    expect(operations.filter((name) => !covered.has(name))).toEqual([]);
    expect(Object.keys(OPERATIONS).sort()).toEqual(MATRIX.map((row) => row.operation).sort());
  });

  /**
   * A subscription's outcome for a caller: "ok" when it receives a publication, else the close
   * code or the error code it got. The publication is announced on the server's hub directly
   * (how events reach the hub is the event bus's own test), for a real event in the database.
   */
  async function subscriptionOutcome(caller: Caller, query: string, variables: object | undefined): Promise<string> {
    const subscription = subscribe(server.url, tokens[caller], query, variables as Record<string, unknown>);
    try {
      const event = await db.prisma.annotationEvent.create({
        data: {
          annotationId: dbId(fixtures.publishedQuote),
          kind: "TRANSITIONED",
          fromStatus: "APPROVED",
          toStatus: "PUBLISHED",
          version: 1,
        },
      });
      // The subscription registers asynchronously: announce until it hears, or is refused.
      for (let i = 0; i < 50 && !subscription.received.length && !subscription.failure(); i++) {
        hub.publish(ANNOTATION_EVENTS, {
          eventId: event.id,
          annotationId: event.annotationId,
          articleId: fixtures.articleId,
          createdAt: event.createdAt,
        });
        await subscription.until(1, 100);
      }
      const failure = subscription.failure();
      if (failure) return String(failure.code ?? failure[0]?.extensions?.code ?? "NO_CODE");
      const [payload] = subscription.received;
      return payload?.errors?.length ? payload.errors[0].extensions.code : payload ? "ok" : "NOTHING";
    } finally {
      await subscription.close();
    }
  }

  it.each(MATRIX.map((row) => [row.operation, row] as const))("%s", async (_name, row) => {
    const observed: Record<string, string> = {};
    for (const caller of CALLERS) {
      const { query, variables } = await OPERATIONS[row.operation]!(fixtures, db);
      if (row.kind === "subscription") {
        observed[caller] = await subscriptionOutcome(caller, query, variables);
        continue;
      }
      if (row.kind === "http") {
        const response = await fetch(server.url.replace(/\/graphql$/, "") + query, {
          headers: tokens[caller] ? { authorization: `Bearer ${tokens[caller]}` } : {},
        });
        expect({ caller, status: response.status < 500 }).toEqual({ caller, status: true });
        observed[caller] = response.ok
          ? "ok"
          : (((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
              ?.code ?? "NO_CODE");
        continue;
      }
      const response = await fetch(server.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(tokens[caller] ? { authorization: `Bearer ${tokens[caller]}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      expect({ caller, status: response.status < 500 }).toEqual({ caller, status: true });
      const body = (await response.json()) as {
        data?: Record<string, any> | null;
        errors?: { extensions?: { code?: string } }[];
      };
      const payloadErrors = Object.values(body.data ?? {}).flatMap((value: any) => value?.errors ?? []);
      observed[caller] = body.errors?.length
        ? (body.errors[0]!.extensions?.code ?? "NO_CODE")
        : payloadErrors.length
          ? payloadErrors[0].code
          : "ok";
    }
    expect(observed).toEqual(row.expected);
  });

  it("is documented in docs/authorization.md exactly as tested (npm run docs:authz rewrites it)", async () => {
    if (process.env.CLAIMGRAPH_WRITE_DOCS) await writeFile(DOC, renderMatrix());
    expect(await readFile(DOC, "utf8")).toBe(renderMatrix());
  });

  it("puts the who-sees-what tables in the README as the read policy decides them", async () => {
    const readme = await readFile(README, "utf8");
    const start = readme.indexOf(WHO_SEES_WHAT_START);
    const end = readme.indexOf(WHO_SEES_WHAT_END) + WHO_SEES_WHAT_END.length;
    expect(start).toBeGreaterThan(-1);
    // Formatted as the repository formats Markdown (Prettier's CLI: its API needs ESM imports jest
    // does not allow), so that `npm run lint` and this test agree.
    const current = execFileSync(
      process.execPath,
      [path.join(PROJECT_ROOT, "node_modules", "prettier", "bin", "prettier.cjs"), "--stdin-filepath", README],
      { input: readme.slice(0, start) + renderWhoSeesWhat() + readme.slice(end), encoding: "utf8" },
    );
    if (process.env.CLAIMGRAPH_WRITE_DOCS) await writeFile(README, current);
    expect(await readFile(README, "utf8")).toBe(current);
    // The reader's row for the internal note, as the issue asked: refused, with a code.
    expect(renderWhoSeesWhat()).toMatch(/\| `Annotation.note` \| null, `UNAUTHENTICATED` \| ✓ \| ✓ \| ✓ \|/);
  });
});
