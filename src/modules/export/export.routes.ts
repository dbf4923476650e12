import express from "express";
import { GraphQLError } from "graphql";
import type { App } from "../../context";
import { openScope } from "../../context";
import { isDomainError, ErrorCode } from "../../shared/errors";
import { fromGlobalId } from "../../shared/graphql/global-id";
import { publicUrlOf } from "../../shared/config";
import { startBudget, withinBudget } from "../../shared/operation";
import { requestIdOf } from "../../shared/request-id";
import type { ArticleExport } from "./export.service";
import { claimList } from "./export.schema-org";
import type { ExportKind } from "./export.urls";
import { EXPORT_PATHS } from "./export.urls";
import { annotationCollection } from "./export.w3c";

/** The media type of each export; the W3C one names its profile, as the Web Annotation Protocol asks. */
export const EXPORT_CONTENT_TYPES: Record<ExportKind, string> = {
  text: "text/plain; charset=utf-8",
  annotations: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  claims: "application/ld+json",
};

const RENDER: Record<ExportKind, (data: ArticleExport, publicUrl: string) => string> = {
  text: (data) => data.article.body,
  annotations: (data, publicUrl) => JSON.stringify(annotationCollection(data, publicUrl)),
  claims: (data, publicUrl) => JSON.stringify(claimList(data, publicUrl)),
};

/** An error as every other HTTP error of this server: GraphQL-shaped, with a code and no details. */
function sendError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET (and HEAD) /export/articles/:id/{text,annotations,claims}: an article's text, and its
 * annotations and claims in the standard formats, for the viewer the Authorization header names
 * (the same scope, token handling and row rules as /graphql). `:id` is the article's global id.
 * Every failure is a coded JSON error: 400 INVALID_ID, 401 UNAUTHENTICATED, 404 NOT_FOUND,
 * 405 for another method, 503 EXECUTION_TIMEOUT, and a masked, logged 500 for anything else.
 */
export function exportRoutes(app: App): express.Router {
  const router = express.Router();
  const { timeoutMs } = app.config.limits;

  for (const [kind, path] of Object.entries(EXPORT_PATHS) as [ExportKind, string][]) {
    router.get(path, (req, res) => {
      const requestId = requestIdOf(req.header("x-request-id"));
      const logger = app.logger.child({ requestId });
      res.set("x-request-id", requestId);
      // One export per budget, as one GraphQL operation: no further SQL once it runs out or the client leaves.
      const budget = startBudget(timeoutMs, (reason) => logger.info({ reason, limitMs: timeoutMs }, "export stopped"));
      res.on("close", () => (res.writableFinished ? budget.end() : budget.abort("client-left")));
      return withinBudget(budget, async () => {
        try {
          const scope = await openScope(app, req.header("authorization") ?? null);
          const id = fromGlobalId(String(req.params.id));
          if (!id || id.type !== "Article") {
            return sendError(res, 400, ErrorCode.INVALID_ID, `"${req.params.id}" is not the id of an Article.`);
          }
          const data = await app.services.exports.article(scope, id.id);
          if (!data) return sendError(res, 404, ErrorCode.NOT_FOUND, "No such article.");
          // A signed-in viewer's export holds work readers do not see: never cached for others.
          res.set("vary", "Authorization");
          if (scope.viewer.kind === "user") res.set("cache-control", "private, no-store");
          res.type(EXPORT_CONTENT_TYPES[kind]);
          // A Buffer, so that Express keeps the media type as given (it appends a charset to strings).
          res.send(Buffer.from(RENDER[kind](data, publicUrlOf(app.config)), "utf8"));
        } catch (error) {
          sendFailure(logger, res, error);
        }
      });
    });
    router.all(path, (_req, res) => {
      res.set("allow", "GET, HEAD");
      sendError(res, 405, "BAD_REQUEST", "Exports are read with GET.");
    });
  }
  router.use("/export", (_req, res) => sendError(res, 404, ErrorCode.NOT_FOUND, "No such export."));
  return router;
}

function sendFailure(logger: App["logger"], res: express.Response, error: unknown): void {
  if (res.headersSent) return;
  const code = error instanceof GraphQLError ? error.extensions?.code : isDomainError(error) ? error.code : undefined;
  if (code === ErrorCode.UNAUTHENTICATED) {
    logger.info({ code, reason: (error as Error).message }, "client error: access refused");
    res.set("www-authenticate", "Bearer");
    return sendError(res, 401, code, (error as Error).message);
  }
  if (code === ErrorCode.EXECUTION_TIMEOUT) return sendError(res, 503, code, (error as Error).message);
  logger.error({ err: error }, "export failed");
  sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
}
