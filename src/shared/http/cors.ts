import cors from "cors";
import type express from "express";
import type { Config } from "../config";
import { LOCAL_ORIGINS } from "../config";

/** http(s)://localhost, 127.0.0.1 or [::1], on any port: a development front end's origin. */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** Whether a browser page served from `origin` may call the API, under CORS_ORIGINS. */
export function originAllowed(allowed: readonly string[], origin: string | undefined): boolean {
  if (!origin) return false;
  return allowed.some((entry) =>
    entry === "*" ? true : entry === LOCAL_ORIGINS ? LOCAL_ORIGIN.test(origin) : entry === origin,
  );
}

/**
 * Cross-origin access (the Fetch standard's CORS protocol) for /graphql and /export, with the
 * `cors` package. An allowed origin gets its own origin back (never "*" with credentials: none
 * are needed, the API authenticates with a Bearer token, not cookies), the request headers a
 * GraphQL client sends, and may read `x-request-id` and `retry-after`. Any other origin gets no
 * CORS headers at all, so the browser withholds the response.
 *
 * Every preflight (OPTIONS) ends here with 204, allowed or not: OPTIONS is never a GraphQL
 * request, and without this Apollo's CSRF prevention would answer it with a 400. Apollo's CSRF
 * prevention still applies to every other request: a "simple" cross-origin request (a form
 * post, a GET without a custom header) is refused by Apollo whatever its origin.
 */
export function corsMiddleware(config: Pick<Config, "corsOrigins">): express.RequestHandler[] {
  const handler = cors({
    origin: (origin, callback) => callback(null, originAllowed(config.corsOrigins, origin) ? origin : false),
    methods: ["GET", "HEAD", "POST"],
    allowedHeaders: [
      "authorization",
      "content-type",
      "x-request-id",
      // Apollo's CSRF prevention accepts a GET carrying either of these.
      "apollo-require-preflight",
      "x-apollo-operation-name",
    ],
    exposedHeaders: ["x-request-id", "retry-after"],
    credentials: false,
    maxAge: 600,
  });
  return [
    (_req, res, next) => {
      // The answer depends on Origin whether or not it is allowed: caches must key on it.
      res.vary("Origin");
      next();
    },
    handler,
    (req, res, next) => {
      if (req.method === "OPTIONS") {
        res.status(204).set("content-length", "0").end();
        return;
      }
      next();
    },
  ];
}
