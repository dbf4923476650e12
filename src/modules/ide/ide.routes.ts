import { existsSync } from "node:fs";
import path from "node:path";
import express from "express";
import type { App } from "../../context";
import { PROJECT_ROOT } from "../../shared/paths";

/** The IDE bundle, built by `npm run build` (scripts/build-ide.js) from the ide/ folder. */
export const IDE_BUNDLE = path.join(PROJECT_ROOT, "dist", "ide");

/**
 * The IDE page may load and connect to this server only. GraphiQL's editor (Monaco) sets
 * inline styles and starts web workers from the page's own origin.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * Content negotiation at /graphql: a browser's page load (GET, HTML preferred over JSON) gets the
 * IDE; everything else — POST, GET with a JSON or no preference (curl sends `*\/*`), a graphql-ws
 * upgrade — is an API request, left to Apollo.
 */
export function wantsIde(req: express.Request): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.headers.upgrade) return false;
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

/**
 * The offline GraphQL IDE (GraphiQL with the examples, sign-in and subscriptions; ide/) when
 * the configuration enables it (GRAPHQL_IDE; on by default outside production): the page at
 * GET /graphql for browsers, its static files under /ide/. And `/` redirects to /graphql.
 * Mount before the GraphQL middleware.
 */
export function ideRoutes(app: App): express.Router {
  const router = express.Router();
  router.get("/", (_req, res) => res.redirect(302, "/graphql"));
  if (!app.config.ide) return router;

  const page = path.join(IDE_BUNDLE, "index.html");
  if (!existsSync(page)) {
    app.logger.warn(`the GraphQL IDE is enabled but not built (${page} is missing): run npm run build`);
  }
  router.get("/graphql", (req, res, next) => {
    // Both answers at this address depend on Accept: a shared cache must keep them apart.
    res.vary("Accept");
    if (!wantsIde(req)) return next();
    if (!existsSync(page)) {
      res.status(503).type("text/plain").send("The GraphQL IDE is not built: run `npm run build`.\n");
      return;
    }
    res.set({
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    res.sendFile(page);
  });
  router.use(
    "/ide",
    express.static(IDE_BUNDLE, {
      index: false,
      // Asset names carry no content hash (fonts aside): revalidate, answered 304 when unchanged.
      cacheControl: true,
      maxAge: 0,
      // The same policy as the page (dist/ide/index.html is reachable here too): nothing from elsewhere, no framing.
      setHeaders: (res) =>
        res.set({ "X-Content-Type-Options": "nosniff", "Content-Security-Policy": CONTENT_SECURITY_POLICY }),
    }),
  );
  return router;
}
