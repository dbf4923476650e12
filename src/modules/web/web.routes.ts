import { existsSync } from "node:fs";
import path from "node:path";
import express from "express";
import { PROJECT_ROOT } from "../../shared/paths";

/** Where `npm run web:build` writes the annotation workbench. */
export const WEB_DIST = path.join(PROJECT_ROOT, "web", "dist");

/**
 * Serves the annotation workbench's static build at /app (its routes are in the URL's hash, so
 * no fallback route is needed). It talks to /graphql on the same origin. Nothing is mounted
 * when web/dist has not been built, e.g. in an image that ships the API alone.
 */
export function webRoutes(): express.Router {
  const router = express.Router();
  if (!existsSync(path.join(WEB_DIST, "index.html"))) return router;
  router.use(
    "/app",
    express.static(WEB_DIST, {
      index: "index.html",
      // Hashed asset names never change; index.html must be revalidated to pick up a new build.
      setHeaders: (res, file) =>
        res.set({
          "cache-control": file.includes(`${path.sep}assets${path.sep}`)
            ? "public, max-age=31536000, immutable"
            : "no-cache",
          // The workbench acts for a signed-in editor: it must not be framed by another site.
          "content-security-policy": "frame-ancestors 'none'",
          "x-frame-options": "DENY",
          "x-content-type-options": "nosniff",
        }),
    }),
  );
  return router;
}
