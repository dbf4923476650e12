import { timingSafeEqual } from "node:crypto";
import express from "express";
import type pg from "pg";
import { ErrorCode } from "../errors";
import type { Readiness } from "../database/readiness";
import { checkReadiness } from "../database/readiness";
import type { Metrics } from "./metrics";

/** How long /readyz waits for the database before answering 503. */
export const READINESS_TIMEOUT_MS = 2000;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /readyz: 200 `{ status: "ready", checks }` when the database answers and its migrations
 * are current, else 503 `{ status: "unavailable", checks }` naming what failed (for a load
 * balancer or orchestrator: route no traffic here). /healthz stays the process's liveness
 * check and never touches the database, so that a database outage does not get every
 * instance restarted.
 *
 * GET /metrics: Prometheus text; with METRICS_TOKEN set, only for `Authorization: Bearer <it>`.
 */
export function operationsRoutes(options: {
  pool: pg.Pool | undefined;
  metrics: Metrics;
  metricsToken: string | undefined;
}): express.Router {
  const router = express.Router();
  // Probes arriving while a check is under way share it rather than queue for the pool.
  let inflight: Promise<Readiness> | null = null;

  router.get("/readyz", async (_req, res) => {
    res.set("cache-control", "no-store");
    if (!options.pool) {
      res.status(503).json({ status: "unavailable", checks: { database: { status: "failed", error: "no pool" } } });
      return;
    }
    inflight ??= checkReadiness(options.pool, { timeoutMs: READINESS_TIMEOUT_MS }).finally(() => (inflight = null));
    const readiness = await inflight;
    res.status(readiness.ready ? 200 : 503).json({
      status: readiness.ready ? "ready" : "unavailable",
      checks: readiness.checks,
    });
  });

  router.get("/metrics", async (req, res) => {
    const { metricsToken } = options;
    if (metricsToken) {
      const [scheme, token] = (req.header("authorization") ?? "").split(" ");
      if (scheme?.toLowerCase() !== "bearer" || !token || !sameSecret(token, metricsToken)) {
        res
          .status(401)
          .set("www-authenticate", 'Bearer realm="metrics"')
          .json({
            errors: [
              { message: "GET /metrics needs the METRICS_TOKEN.", extensions: { code: ErrorCode.UNAUTHENTICATED } },
            ],
          });
        return;
      }
    }
    const { contentType, body } = await options.metrics.render();
    res.set("content-type", contentType).set("cache-control", "no-store").send(body);
  });

  return router;
}
