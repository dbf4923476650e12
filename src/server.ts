import http from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import { GraphQLError, Kind, parse } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { App, Context } from "./context";
import { createContext, viewerFrom } from "./context";
import { mapDatabaseError } from "./shared/database/errors";
import { ErrorCode } from "./shared/errors";

/** Client-side failures Apollo and graphql-js report with their own codes; passed through as they are. */
const CLIENT_ERROR_CODES = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
]);

/**
 * Every error leaves through here. Domain and known database errors keep their code;
 * input validation (src/shared/graphql/validation.ts) names the offending fields; anything else becomes a bare
 * INTERNAL_SERVER_ERROR (its details are logged with the request id by the plugin below).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // type-graphql's @Authorized: no user → UNAUTHENTICATED, a user without the role → UNAUTHORIZED.
  if (formatted.extensions?.code === "UNAUTHORIZED") {
    return { message: formatted.message, path: formatted.path, extensions: { code: ErrorCode.FORBIDDEN } };
  }
  const known = mapDatabaseError(original);
  if (known) {
    return {
      message: known.message,
      path: formatted.path,
      extensions: { code: known.code, ...(known.field ? { field: known.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) {
    const { field, fields } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(field ? { field } : {}), ...(fields ? { fields } : {}) },
    };
  }
  return {
    message: "Internal server error",
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

export function createApolloServer(schema: GraphQLSchema, plugins: ApolloServer<Context>["internals"]["plugins"] = []) {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP, then the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      // Cache hints are not used, and the plugin costs time on every field of large lists.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                const original = unwrapResolverError(error);
                const code = error.extensions?.code;
                if (mapDatabaseError(original) || (typeof code === "string" && CLIENT_ERROR_CODES.has(code))) continue;
                contextValue.logger.error({ err: original, path: error.path }, "unexpected error");
              }
            },
            async willSendResponse({ response, contextValue }) {
              response.http.headers.set("x-request-id", contextValue.requestId);
            },
          };
        },
      },
      ...plugins,
    ],
  });
}

/**
 * The operation type a document would run. A document that does not parse is let through as
 * if it were a subscription, so that graphql-ws reports the syntax error itself.
 */
function parseOperationType(query: string, operationName?: string | null): string | null {
  try {
    const document = parse(query);
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const chosen = operationName ? operations.find((d) => d.name?.value === operationName) : operations[0];
    return chosen?.operation ?? null;
  } catch {
    return "subscription";
  }
}

function authorizationParam(params: Record<string, unknown> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === "string" ? value : null;
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/** Serves GraphQL at /graphql over HTTP (POST, and GET for queries). */
export async function startHttpServer(app: App, schema: GraphQLSchema): Promise<RunningServer> {
  const expressApp = express();
  const httpServer = http.createServer(expressApp);
  // Subscriptions: the graphql-ws protocol on the same path. A connection whose
  // `authorization` parameter is not a valid token is refused, as HTTP refuses such a request.
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const wsError = (error: GraphQLError): GraphQLError => {
    const formatted = formatError(error.toJSON(), error);
    if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      app.logger.error({ err: error }, "unexpected subscription error");
    }
    return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
  };
  const wsCleanup = useServer(
    {
      schema,
      onConnect: (ctx) =>
        viewerFrom(app, authorizationParam(ctx.connectionParams)).then(
          () => true,
          () => false,
        ),
      // Queries and mutations go over HTTP, where Apollo's plugins and limits apply.
      onSubscribe: (_ctx, _id, payload) => {
        const operation = parseOperationType(payload.query, payload.operationName);
        if (operation === "subscription") return undefined;
        return [
          new GraphQLError("Only subscriptions are served over WebSocket; send queries and mutations over HTTP.", {
            extensions: { code: "BAD_REQUEST" },
          }),
        ];
      },
      context: (ctx) => createContext(app, { authorization: authorizationParam(ctx.connectionParams) }),
      // Same error contract as HTTP: coded, masked when unexpected.
      onError: (_ctx, _id, _payload, errors) => errors.map(wsError),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length ? { ...result, errors: result.errors.map(wsError) } : result,
    },
    wsServer,
  );
  const apollo = createApolloServer(schema, [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    {
      async serverWillStart() {
        return {
          async drainServer() {
            await wsCleanup.dispose();
          },
        };
      },
    },
  ]);
  await apollo.start();

  expressApp.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  expressApp.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(app, {
          authorization: req.header("authorization"),
          requestId: req.header("x-request-id") ?? randomUUID(),
        }),
    }),
  );
  // Malformed or oversized bodies: a GraphQL-shaped 4xx, never a 500 page.
  expressApp.use(
    (
      error: { status?: number; message?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (res.headersSent) return next(error);
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) app.logger.error({ err: error }, "unexpected HTTP error");
      res.status(status).json({
        errors: [
          status === 500
            ? { message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }
            : { message: error.message ?? "Bad request", extensions: { code: "BAD_REQUEST" } },
        ],
      });
    },
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(app.config.port, app.config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = app.config.host === "0.0.0.0" || app.config.host === "127.0.0.1" ? "localhost" : app.config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
