import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { WEB_DIST } from "../../src/modules/web/web.routes";
import { PROJECT_ROOT } from "../../src/shared/paths";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { ServerProcess } from "../support/server-process";
import { startServerProcess } from "../support/server-process";
import { chromiumPath, launchBrowser } from "../support/browser";

/**
 * The annotation workbench (web/, served at /app from web/dist) walked in a real chromium: an
 * annotator selects words with the mouse and makes them a claim, a reviewer approves and
 * publishes it, a reader sees it highlighted. Screenshots go to test-artifacts/web/ (ignored by
 * git), and to docs/screenshots/ with CLAIMGRAPH_WRITE_SCREENSHOTS=1 (`npm run docs:screenshots`).
 */
const ARTIFACTS = path.join(PROJECT_ROOT, "test-artifacts", "web");
const DOCS = path.join(PROJECT_ROOT, "docs", "screenshots");
const PHRASE = "Washington asked them to put a halt to his offences in the capital";
const ARTICLE = "US delegate meets Libyan commander";

const present = chromiumPath() !== null;
if (!present) {
  console.log(
    `[claimgraph tests] skipping the workbench browser walk: no Chromium found (apt-get install chromium, or set CLAIMGRAPH_CHROMIUM).`,
  );
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  if (process.env.CLAIMGRAPH_WRITE_SCREENSHOTS) {
    await page.screenshot({ path: path.join(DOCS, `${name}.png`), fullPage: true });
  }
}

async function signIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}#/sign-in`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("link", { name: "Sign in" }).waitFor();
}

/** Drags the mouse from the first to the last character of `phrase` in the article body. */
async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  // Runs in the page (this file is type-checked without the DOM library).
  const box = await page.evaluate((text) => {
    const { document, NodeFilter } = globalThis as any;
    const body = document.querySelector(".body");
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const rect = (from: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const first = rect(at);
      const last = rect(at + text.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not in the article body`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 12 });
  await page.mouse.up();
}

async function pickActor(page: Page, picker: string, search: string, name: string): Promise<void> {
  await page.getByLabel(`Search ${picker.toLowerCase()} by name or alias`).fill(search);
  await page
    .getByRole("list", { name: `${picker}: matches` })
    .getByRole("button", { name })
    .click();
  await page
    .getByRole("list", { name: `${picker}: chosen` })
    .getByText(name)
    .waitFor();
}

(present ? describe : describe.skip)("annotation workbench", () => {
  let db: TestDatabase;
  let server: ServerProcess;
  let browser: Browser | undefined;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(path.join(WEB_DIST, "index.html"))) {
      throw new Error("web/dist is missing: run `npm run build` (npm test does it first).");
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    if (process.env.CLAIMGRAPH_WRITE_SCREENSHOTS) mkdirSync(DOCS, { recursive: true });
    db = await createTestDatabase();
    server = await startServerProcess({ DATABASE_URL: db.url, CLAIMGRAPH_SEED: "auto" });
    base = server.url.replace(/\/graphql$/, "/app/");
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  describe("a claim from selection to publication", () => {
    it("is made from a mouse selection by an annotator, published by a reviewer and highlighted for a reader", async () => {
      // The annotator selects words in the article and makes them a claim.
      await signIn(page, base, "annotator@claimgraph.local", "annotator-dev-password");
      await page.getByRole("link", { name: ARTICLE }).click();
      await page.getByRole("heading", { name: ARTICLE }).waitFor();
      await selectWithMouse(page, PHRASE);
      const form = page.getByRole("form", { name: "New annotation" });
      await form.locator(".selected-text").getByText(PHRASE, { exact: true }).waitFor();
      await form.getByLabel("Topic").selectOption("DIPLOMACY");
      await form.getByLabel("Stance").selectOption("ASSERTS");
      await pickActor(page, "Subject", "Haftar", "Khalifa Haftar");
      await pickActor(page, "Counterparts", "Washington", "United States");
      await screenshot(page, "annotator");
      await form.getByRole("button", { name: "Create claim" }).click();

      // It is a draft on the article; the annotator submits it.
      const work = page.locator(".work li").filter({ hasText: PHRASE });
      await work.getByText("draft").waitFor();
      await work.getByRole("button", { name: "Submit for review" }).click();
      await work.getByText("in review").waitFor();
      await signOut(page);

      // A reader already has the article open: it is not highlighted for them yet. Their page listens
      // for publications over graphql-ws (waited for here, so that the publication cannot come first).
      const reader = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
      const subscribed = new Promise<void>((resolve) =>
        reader.on("websocket", (socket) =>
          socket.on("framesent", (frame) => {
            if (String(frame.payload).includes('"subscribe"')) resolve();
          }),
        ),
      );
      await reader.goto(base);
      await reader.getByRole("link", { name: ARTICLE }).click();
      await reader.getByRole("heading", { name: ARTICLE }).waitFor();
      await subscribed;
      const readersMark = reader.locator("mark.claim.asserts").filter({ hasText: PHRASE });
      expect(await readersMark.count()).toBe(0);

      // The reviewer finds it in the queue, approves and publishes it.
      await signIn(page, base, "reviewer@claimgraph.local", "reviewer-dev-password");
      await page.getByRole("link", { name: "Review queue" }).click();
      const item = page.locator(".queue-item").filter({ hasText: PHRASE });
      await item.getByRole("button", { name: "Approve" }).waitFor();
      await item.locator("details").evaluate((details: any) => (details.open = true));
      await screenshot(page, "review-queue");
      await item.getByRole("button", { name: "Approve" }).click();
      await item.getByRole("button", { name: "Publish" }).click();
      await item.waitFor({ state: "detached" });
      await signOut(page);

      // Live: the reader's open page shows it without being reloaded.
      await readersMark.waitFor();
      await reader.close();

      // A reader sees it highlighted, with its subject and counterpart on focus.
      await page.goto(base);
      await page.getByRole("link", { name: ARTICLE }).click();
      const mark = page.locator("mark.claim.asserts").filter({ hasText: PHRASE });
      await mark.waitFor();
      expect(await mark.getAttribute("class")).not.toContain("unpublished");
      await mark.focus();
      const details = page.locator(".details");
      await details.getByText("Khalifa Haftar").waitFor();
      await details.getByText("United States").waitFor();
      await screenshot(page, "reader");

      await page.getByRole("link", { name: "Ledger" }).click();
      await page.getByRole("table").getByRole("rowheader", { name: "Russian mercenaries" }).waitFor();
      await screenshot(page, "ledger");
    });
  });

  it("is served at /app, never to be framed by another site", async () => {
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("lets an annotator choose words with the keyboard alone, one occurrence among several", async () => {
    await signIn(page, base, "annotator@claimgraph.local", "annotator-dev-password");
    await page.getByRole("link", { name: ARTICLE }).click();
    await page.getByRole("heading", { name: ARTICLE }).waitFor();
    const words = page.getByLabel("Or type the words to mark");
    await words.focus();
    await page.keyboard.type("Libyan commander");
    const which = page.getByLabel("Which occurrence");
    await which.focus();
    // The last occurrence: "After the US delegates met the Libyan commander, …".
    await which.selectOption({ index: (await which.locator("option").count()) - 1 });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "New annotation" });
    await form.locator(".selected-text").getByText("Libyan commander", { exact: true }).waitFor();
    await form.getByLabel("Quote").check();
    await form.getByRole("button", { name: "Create quote" }).click();
    await page.locator(".work li").filter({ hasText: "Libyan commander" }).getByText("draft").waitFor();
    const article = await db.prisma.article.findFirstOrThrow({ where: { title: ARTICLE } });
    const created = await db.prisma.annotation.findFirstOrThrow({
      where: { articleId: article.id, exact: "Libyan commander" },
    });
    expect(created.start).toBe(article.body.lastIndexOf("Libyan commander"));
    await signOut(page);
  });
});
