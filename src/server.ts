import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { GraphQLError } from "graphql";
import type { App, Context } from "./context";
import { createContext, openScope } from "./context";
import type { EventHub } from "./modules/history/history.events";
import { serveSubscriptions } from "./subscriptions";
import { ErrorCode } from "./shared/errors";
import { errorLoggingPlugin, formatError } from "./shared/graphql/error-format";
import { checkCost, limitError, limitRules, parseOptions, responseTooLarge } from "./shared/graphql/limits";
import { startBudget, withinBudget } from "./shared/operation";
import { plannedReads } from "./shared/read/plugin";
import { requestIdOf } from "./shared/request-id";
import { exportRoutes } from "./modules/export/export.routes";
import { webRoutes } from "./modules/web/web.routes";
import { ideRoutes } from "./modules/ide/ide.routes";
import { publicUrlOf } from "./shared/config";
import { poolOf } from "./shared/database/prisma";
import { corsMiddleware } from "./shared/http/cors";
import { Metrics } from "./shared/http/metrics";
import { observeRequests, operationObserver } from "./shared/http/observe";
import { operationsRoutes } from "./shared/http/ops.routes";
import { listenErrorMessage } from "./shared/http/port";

/**
 * The operation gate, between validation and execution: subscriptions are refused over HTTP,
 * the cost limit is checked against the request's variables, and only then is the scope
 * opened (the viewer read from the database). A request refused by any limit — depth,
 * aliases, tokens and directives were checked by the validation rules before — therefore
 * costs no database round trip. After execution the response size is bounded.
 */
function operationGate(app: App, schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const { limits } = app.config;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (operation?.operation === "subscription") {
            throw new GraphQLError(
              "Subscriptions are served over WebSocket (graphql-ws) at this same path, not over HTTP.",
              { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
            );
          }
          // No operation to run (an unknown operationName): execution reports it, reading nothing.
          if (!operation) return;
          checkCost(schema, document, request.variables, request.operationName, limits);
          contextValue.scope = await openScope(app, contextValue.authorization);
        },
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set("x-request-id", contextValue.requestId);
          const wait = contextValue.response.retryAfterSeconds;
          if (wait) response.http.headers.set("retry-after", String(wait));
          if (response.body.kind !== "single" || contextValue.response.read === "planned") return;
          const tooLarge = responseTooLarge(response.body.singleResult.data, limits);
          if (tooLarge) response.body.singleResult = { errors: [formatError(tooLarge.toJSON(), tooLarge)] };
        },
      };
    },
  };
}

export function createApolloServer(app: App, schema: GraphQLSchema, plugins: ApolloServerPlugin<Context>[] = []) {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo's own default is off when NODE_ENV=production; GRAPHQL_INTROSPECTION decides instead.
    introspection: app.config.introspection,
    parseOptions: parseOptions(app.config.limits),
    validationRules: limitRules(app.config.limits),
    // main.ts owns shutdown (HTTP, then the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      // Cache hints are not used, and the plugin costs time on every field of large lists.
      ApolloServerPluginCacheControlDisabled(),
      // Browsers get our own offline IDE (modules/ide), not Apollo's landing page and its CDN.
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin<Context>(),
      operationGate(app, schema),
      ...(app.config.plannedReads ? [plannedReads(app, schema)] : []),
      ...plugins,
    ],
  });
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/**
 * Serves GraphQL at /graphql: queries and mutations over HTTP (POST, and GET for queries),
 * subscriptions over graphql-ws on the same path.
 */
export async function startHttpServer(app: App, schema: GraphQLSchema, hub: EventHub): Promise<RunningServer> {
  const { limits } = app.config;
  const expressApp = express();
  expressApp.disable("x-powered-by");
  // Behind a load balancer the connection's address is the balancer's: sign-in throttling per
  // client address needs the forwarded one, from the proxies the operator says to trust.
  if (app.config.trustProxy) expressApp.set("trust proxy", app.config.trustProxy);
  const httpServer = http.createServer(expressApp);
  // A client that never finishes sending its request is cut off (Node answers 408).
  httpServer.requestTimeout = 30_000;
  httpServer.headersTimeout = 10_000;
  const subscriptions = serveSubscriptions(app, schema, hub, httpServer);

  // Operations: a request id, an access log line and metrics for every request (first, so that
  // they see every response); CORS for the API's routes; /readyz and /metrics.
  const metrics = new Metrics({ pool: poolOf(app.prisma), openSubscriptions: () => subscriptions.open() });
  expressApp.use(observeRequests(app.logger, metrics));
  expressApp.use(["/graphql", "/export"], corsMiddleware(app.config));
  expressApp.use(operationsRoutes({ pool: poolOf(app.prisma), metrics, metricsToken: app.config.metricsToken }));

  const apollo = createApolloServer(app, schema, [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    operationObserver(metrics),
    {
      async serverWillStart() {
        return {
          async drainServer() {
            await subscriptions.dispose();
          },
        };
      },
    },
  ]);
  await apollo.start();

  expressApp.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  // An article's text, annotations (W3C) and claims (schema.org): plain GETs, same scope as /graphql.
  expressApp.use(exportRoutes(app));
  // The annotation workbench (web/dist, when built) at /app.
  expressApp.use(webRoutes());
  // The browser IDE (GET /graphql preferring HTML, files under /ide/) and `/` → /graphql.
  expressApp.use(ideRoutes(app));
  expressApp.use(
    "/graphql",
    express.json({ limit: limits.requestBytes }),
    // Every operation runs on a budget: it stops (no further SQL) when it runs out of time or
    // when its client goes away before the response is sent. Set after the body is read, so
    // that Apollo and every resolver continue in the budget's AsyncLocalStorage context.
    (_req, res, next) => {
      const budget = startBudget(limits.timeoutMs, (reason) =>
        app.logger.info({ reason, limitMs: limits.timeoutMs }, "operation stopped"),
      );
      res.locals.budget = budget;
      res.on("close", () => (res.writableFinished ? budget.end() : budget.abort("client-left")));
      withinBudget(budget, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(app, {
          authorization: req.header("authorization"),
          requestId: requestIdOf(req.header("x-request-id")),
          signal: res.locals.budget.signal,
          clientAddress: req.ip ?? null,
        }),
    }),
  );
  // Malformed or oversized bodies: a GraphQL-shaped 4xx, never a 500 page.
  expressApp.use(
    (
      error: { status?: number; message?: string; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (res.headersSent) return next(error);
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) app.logger.error({ err: error }, "unexpected HTTP error");
      metrics.countError(
        status === 500
          ? ErrorCode.INTERNAL_SERVER_ERROR
          : error.type === "entity.too.large"
            ? ErrorCode.REQUEST_TOO_LARGE
            : "BAD_REQUEST",
      );
      const body =
        status === 500
          ? { message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }
          : error.type === "entity.too.large"
            ? limitError(
                ErrorCode.REQUEST_TOO_LARGE,
                `The request body exceeds ${limits.requestBytes} bytes.`,
                limits.requestBytes,
              ).toJSON()
            : { message: error.message ?? "Bad request", extensions: { code: "BAD_REQUEST" } };
      res
        .status(status)
        .json({ errors: [{ message: body.message, extensions: { ...body.extensions, http: undefined } }] });
    },
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error) => {
      const message = listenErrorMessage(error, app.config.host, app.config.port);
      reject(message ? new Error(message) : error);
    });
    httpServer.listen(app.config.port, app.config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  // Without PUBLIC_URL, absolute URLs name the address listened on, known only now when PORT is 0.
  app.config.publicUrl ??= publicUrlOf(app.config, port);
  const host = app.config.host === "0.0.0.0" || app.config.host === "127.0.0.1" ? "localhost" : app.config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
