import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { chromium } from "playwright-core";

/**
 * The browser the browser tests drive: Debian's chromium (`apt-get install chromium`; .ci/run
 * installs it), or only the one CLAIMGRAPH_CHROMIUM names. Null when there is none: the tests skip.
 */
export function chromiumPath(): string | null {
  const named = process.env.CLAIMGRAPH_CHROMIUM;
  const candidates = named ? [named] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/**
 * `describe`, or `describe.skip` with a note saying why, when no browser is installed: `npm test`
 * passes on a machine without one.
 */
export function describeWithBrowser(name: string, suite: () => void): void {
  if (chromiumPath()) return describe(name, suite);
  console.log(
    `[claimgraph tests] skipping "${name}": no Chromium found (apt-get install chromium, or set CLAIMGRAPH_CHROMIUM).`,
  );
  describe.skip(name, suite);
}

/**
 * Flags for a headless Chromium in a closed network: no sandbox (CI runs as root), and none of
 * the background connections (updates, sync, QUIC probes) that a closed network refuses.
 */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A headless Chromium with the flags above, for tests that need several contexts (several users
 * at once); playwright-core gives each launch a fresh temporary profile. Prefer launchOffline.
 */
export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium installed (see chromiumPath)");
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}

export interface OfflineBrowser {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to make to any other origin than `origin` (all aborted). */
  foreignRequests: string[];
  /** Console errors and uncaught page errors, for assertions and for failure messages. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile and one page that may reach `origin` only: every
 * request to anywhere else is aborted and recorded, so a test can assert that the page works
 * offline and tried nothing else.
 */
export async function launchOffline(origin: string): Promise<OfflineBrowser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium installed (see chromiumPath)");
  const profile = mkdtempSync(path.join(tmpdir(), "claimgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: ARGS,
    headless: true,
    viewport: { width: 1400, height: 860 },
  });
  const allowed = new URL(origin).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isAllowed(url, allowed)) return route.continue();
    foreignRequests.push(url);
    return route.abort("internetdisconnected");
  });
  // WebSockets are not routed by context.route; watch them too.
  context.on("page", (page) => watch(page, allowed, foreignRequests, errors));
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page, allowed, foreignRequests, errors);
  return {
    context,
    page,
    foreignRequests,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function isAllowed(url: string, origin: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    return new URL(url.replace(/^ws/, "http")).origin === origin;
  } catch {
    return false;
  }
}

const watched = new WeakSet<Page>();

function watch(page: Page, origin: string, foreign: string[], errors: string[]): void {
  if (watched.has(page)) return;
  watched.add(page);
  page.on("websocket", (socket) => {
    if (!isAllowed(socket.url(), origin)) foreign.push(socket.url());
  });
  page.on("requestfailed", (request: Request) => {
    if (isAllowed(request.url(), origin))
      errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
}
