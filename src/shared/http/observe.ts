import type { ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import type { Logger } from "../logger";
import { requestIdOf } from "../request-id";
import type { Metrics } from "./metrics";

/** What the GraphQL layer tells the access log and the metrics about one HTTP request. */
interface OperationRecord {
  name: string | null;
  type: string | null;
}

/**
 * The GraphQL operation of each HTTP request, keyed by the operation's abort signal: the one
 * object both the Express request (res.locals.budget, set on /graphql) and the Apollo context
 * (contextValue.signal) hold.
 */
const operations = new WeakMap<AbortSignal, OperationRecord>();

/** Paths probed every few seconds by orchestrators and scrapers: logged at debug, not info. */
const PROBES = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * The first middleware: gives every request its id, logs one structured line per request when
 * its response is finished (or its client left), and records its duration in the metrics.
 *
 * The id is the caller's `x-request-id` when it looks like one (requestIdOf), else a new UUID;
 * it is written back into the request's header, so that the GraphQL context and the export
 * routes, which read it from there, use the same id, and it is returned on every response.
 */
export function observeRequests(logger: Logger, metrics: Metrics): express.RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req.header("x-request-id"));
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    // req.path is rewritten inside mounted routers; the original URL's path is what was asked.
    const path = req.originalUrl.split("?")[0]!;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.writableFinished ? res.statusCode : 499;
      const signal = (res.locals.budget as { signal?: AbortSignal } | undefined)?.signal;
      const operation = signal ? operations.get(signal) : undefined;
      metrics.observeRequest(req.method, path, status, seconds);
      if (operation) metrics.observeOperation(operation.name, operation.type, seconds);
      const line = {
        requestId,
        method: req.method,
        path,
        status,
        durationMs: Math.round(seconds * 1e4) / 10,
        ...(operation ? { operationName: operation.name, operationType: operation.type } : {}),
      };
      if (PROBES.has(path)) logger.debug(line, "request");
      else logger.info(line, "request");
    };
    res.once("finish", finish);
    // A client that leaves before the response is complete: logged with status 499 (nginx's "client closed").
    res.once("close", finish);
    next();
  };
}

/**
 * Tells observeRequests which GraphQL operation a request ran (its name and type, once
 * resolved), and counts the errors of every response by code.
 */
export function operationObserver<C extends { signal: AbortSignal }>(metrics: Metrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const record: OperationRecord = { name: null, type: null };
      operations.set(contextValue.signal, record);
      return {
        async didResolveOperation({ operation, operationName }) {
          record.name = operationName ?? null;
          record.type = operation?.operation ?? null;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) metrics.countError(error.extensions?.code);
        },
      };
    },
  };
}
