import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { PROJECT_ROOT } from "../../src/shared/paths";
import type { OfflineBrowser } from "../support/browser";
import { describeWithBrowser, launchOffline } from "../support/browser";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { readTarget } from "../support/server-target";
import type { ServerProcess } from "../support/server-process";
import { startServerProcess } from "../support/server-process";

const SECRET = "ide-browser-test-secret-0123456789-abcdefgh";
const ARTIFACTS = path.join(PROJECT_ROOT, "test-artifacts");
/** `npm run docs:screenshots` sets it: the README's screenshot is rewritten only on purpose. */
const WRITE_DOCS = process.env.CLAIMGRAPH_WRITE_DOCS === "1";
const REVIEWER = { email: "reviewer@claimgraph.local", password: "reviewer-dev-password" };

/** The response pane's text (Monaco renders spaces as no-break spaces). */
function resultText(page: Page): Promise<string> {
  return page
    .locator(".result-window")
    .innerText()
    .then((text) => text.replace(/\u00a0/g, " "));
}

/** Waits until the response pane shows `text`; fails with what it shows instead. */
async function expectResult(page: Page, text: string, timeout = 15_000): Promise<void> {
  try {
    // Runs in the page, whose `document` the tests' TypeScript (no DOM types) does not know.
    await page.waitForFunction(
      (expected) =>
        (globalThis as any).document
          .querySelector(".result-window")
          ?.textContent?.replace(/\u00a0/g, " ")
          .includes(expected),
      text,
      { timeout },
    );
  } catch {
    throw new Error(`the response pane does not show ${JSON.stringify(text)}; it shows:\n${await resultText(page)}`);
  }
}

/** Opens the IDE on an operation of its own, as a link to `/graphql?query=…` does, and runs it. */
async function runLinked(page: Page, origin: string, query: string): Promise<void> {
  await page.goto(`${origin}/graphql?query=${encodeURIComponent(query)}`);
  await page.locator(".graphiql-execute-button").click();
}

/**
 * The GraphQL IDE in a real browser (Debian's chromium, through playwright-core) against the
 * built server, offline: every request to another origin is aborted, and none may be attempted.
 */
describeWithBrowser("GraphQL IDE in a browser", () => {
  let db: TestDatabase | null = null;
  let dataDir: string;
  let server: ServerProcess;
  let origin: string;
  let browser: OfflineBrowser;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "claimgraph-ide-"));
    // On a PostgreSQL server, a database of this file's own; on the fallback, the server's own PGlite.
    if (readTarget().mode === "server") db = await createTestDatabase();
    server = await startServerProcess({
      ...(db ? { DATABASE_URL: db.url } : {}),
      CLAIMGRAPH_DATA_DIR: dataDir,
      CLAIMGRAPH_SEED: "auto",
      JWT_SECRET: SECRET,
    });
    origin = new URL(server.url).origin;
    browser = await launchOffline(origin);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(async () => {
    // What the page looked like at the end of each test, for a failing run's reader.
    const name =
      expect
        .getState()
        .currentTestName?.replace(/[^a-z0-9]+/gi, "-")
        .toLowerCase() ?? "test";
    await browser?.page.screenshot({ path: path.join(ARTIFACTS, `ide-${name}.png`) }).catch(() => undefined);
  });

  describe("GET / in a browser", () => {
    it("lands on the IDE at /graphql with the examples as tabs, loading nothing from elsewhere", async () => {
      const { page } = browser;
      await page.goto(`${origin}/`);
      expect(page.url()).toBe(`${origin}/graphql`);
      await page.locator(".graphiql-container").waitFor();
      const tabs = page.locator(".graphiql-tab");
      await tabs.nth(8).waitFor();
      expect(await tabs.allInnerTexts()).toEqual([
        "FirstQuery",
        "ActorByAlias",
        "ArticleClaimsByTopic",
        "ForeignBackingDenials",
        "Login",
        "FindIds",
        "CreateClaim",
        "Transition",
        "ReaderSeesIt",
      ]);
      expect(browser.foreignRequests).toEqual([]);
    });
  });

  describe("running the first example", () => {
    it("shows the seed article and the LNA in the response pane", async () => {
      const { page } = browser;
      await page.locator(".graphiql-tab", { hasText: "FirstQuery" }).click();
      await page.locator(".graphiql-execute-button").click();
      await expectResult(page, '"title": "US delegate meets Libyan commander"');
      await expectResult(page, '"totalCount": 4');
      await page.screenshot({ path: path.join(ARTIFACTS, "ide.png") });
      if (WRITE_DOCS) await page.screenshot({ path: path.join(PROJECT_ROOT, "docs", "screenshots", "ide.png") });
      expect(browser.foreignRequests).toEqual([]);
      expect(browser.errors).toEqual([]);
    });
  });

  describe("the examples picker", () => {
    it("opens an example in a new tab", async () => {
      const { page } = browser;
      await page.getByRole("button", { name: "Show Examples" }).click();
      await page.getByRole("button", { name: "actor-by-alias.graphql" }).click();
      await page.locator(".graphiql-tab-active", { hasText: "ActorByAlias" }).waitFor();
      expect(await page.locator(".graphiql-tab").count()).toBe(10);
      await page.locator(".graphiql-execute-button").click();
      await expectResult(page, '"name": "Libyan National Army"');
    });
  });

  describe("sign-in", () => {
    it("signs in through the form; every request then carries the token, until signing out", async () => {
      const { page } = browser;
      await runLinked(page, origin, "query Me { me { email role } }");
      await expectResult(page, '"me": null');

      const form = page.getByRole("form", { name: "Sign in" });
      await form.getByPlaceholder("e-mail").fill(REVIEWER.email);
      await form.getByPlaceholder("password").fill("not the password");
      await form.getByRole("button", { name: "Sign in" }).click();
      await form.getByRole("alert").waitFor();
      expect(await form.getByRole("alert").innerText()).toMatch(/password/i);

      await form.getByPlaceholder("password").fill(REVIEWER.password);
      await form.getByRole("button", { name: "Sign in" }).click();
      await page.getByTestId("session").getByText(REVIEWER.email).waitFor();

      const sent = page.waitForRequest(
        (request) => request.method() === "POST" && /query Me/.test(request.postData()!),
      );
      await page.locator(".graphiql-execute-button").click();
      expect((await sent).headers().authorization).toMatch(/^Bearer \S+$/);
      await expectResult(page, `"email": "${REVIEWER.email}"`);
      await expectResult(page, '"role": "REVIEWER"');

      // The session survives a reload of the page (sessionStorage), and ends with "Sign out".
      await page.reload();
      await page.getByTestId("session").getByText(REVIEWER.email).waitFor();
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("form", { name: "Sign in" }).waitFor();
      await page.locator(".graphiql-execute-button").click();
      await expectResult(page, '"me": null');
      expect(browser.foreignRequests).toEqual([]);
    });
  });

  describe("subscriptions", () => {
    it("subscribes over graphql-ws with the signed-in user's token and shows a live event", async () => {
      const { page } = browser;
      const form = page.getByRole("form", { name: "Sign in" });
      await form.getByPlaceholder("e-mail").fill(REVIEWER.email);
      await form.getByPlaceholder("password").fill(REVIEWER.password);
      await form.getByRole("button", { name: "Sign in" }).click();
      await page.getByTestId("session").waitFor();

      const socket = page.waitForEvent("websocket");
      await runLinked(page, origin, "subscription Events { annotationEvents { kind comment user { email } } }");
      expect((await socket).url()).toBe(`${origin.replace(/^http/, "ws")}/graphql`);

      // A comment by the reviewer; editors receive it with its text (readers would not).
      const token = await login(server.url);
      const ids = await call(server.url, token, "{ quotes(first: 1) { edges { node { id } } } }");
      const annotationId = ids.data.quotes.edges[0].node.id;
      const comment = `Seen live in the IDE ${Date.now()}`;
      // The subscription registers asynchronously: comment until the pane shows one.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const added = await call(
          server.url,
          token,
          "mutation ($i: AddCommentInput!) { addComment(input: $i) { errors { code } } }",
          { i: { annotationId, body: comment } },
        );
        expect(added.data.addComment.errors).toEqual([]);
        try {
          await expectResult(page, comment, 1_000);
          break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
        }
      }
      await expectResult(page, `"email": "${REVIEWER.email}"`);
      expect(browser.foreignRequests).toEqual([]);
    });
  });
});

async function call(url: string, token: string | null, query: string, variables: object = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: any; errors?: unknown[] };
}

async function login(url: string): Promise<string> {
  const result = await call(url, null, "mutation ($i: LoginInput!) { login(input: $i) { token } }", { i: REVIEWER });
  return result.data.login.token;
}
