import type http from "node:http";
import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLSchema } from "graphql";
import { getOperationAST, GraphQLError, parse, specifiedRules, validate } from "graphql";
import type { SubscribePayload, Context as WsContext } from "graphql-ws";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { WebSocket } from "ws";
import { WebSocketServer } from "ws";
import type { App } from "./context";
import { createContext, openScope, viewerFrom } from "./context";
import type { EventHub, EventNotice } from "./modules/history/history.events";
import type { Scope } from "./scope";
import { createScope } from "./scope";
import { ErrorCode } from "./shared/errors";
import { formatError, logError } from "./shared/graphql/error-format";
import {
  checkCost,
  isTokenLimitError,
  limitError,
  limitRules,
  parseOptions,
  responseTooLarge,
} from "./shared/graphql/limits";

type Extra = { socket: WebSocket };

/**
 * WebSocket close code 1011: the server failed, try again. Not graphql-ws's 4500, which its
 * clients treat as final and do not retry.
 */
const SERVER_FAILURE = 1011;

/** An unexpected failure as a GraphQL error, so the error contract can code and mask it. */
function asGraphQLError(error: unknown): GraphQLError {
  return error instanceof GraphQLError
    ? error
    : new GraphQLError(error instanceof Error ? error.message : String(error), {
        originalError: error instanceof Error ? error : undefined,
      });
}
type Connection = WsContext<Record<string, unknown>, Extra>;

function authorizationParam(params: Record<string, unknown> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === "string" ? value : null;
}

/**
 * Live subscriptions over the graphql-ws protocol at /graphql. Only subscriptions are served
 * here; queries and mutations go over HTTP. Every subscribe passes the same limits as an HTTP
 * operation (tokens, depth, aliases, directives, cost), frames are capped (`maxPayload`, close
 * 1009), and a connection holds at most `subscriptionsPerConnection` subscriptions, the server
 * at most `subscriptions`.
 *
 * Each event is served with the subscriber's scope as of that event: credentials re-checked,
 * policy and loaders rebuilt (history.events.ts, liveEvents). Subscribers with the same
 * credentials share that scope per event, so 500 readers cost one read of the event, not 500.
 * A session that has expired or been disabled closes its connection with 4403.
 */
export function serveSubscriptions(app: App, schema: GraphQLSchema, hub: EventHub, httpServer: http.Server) {
  const { limits } = app.config;
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: limits.wsPayloadBytes });
  // ws re-emits the HTTP server's errors (a port already in use) on itself, where no listener
  // would make them an uncaught exception with a stack trace: startHttpServer reports them.
  wsServer.on("error", () => undefined);
  // A client that breaks the WebSocket protocol (an oversized frame: 1009; a malformed one:
  // 1002) has already been answered and disconnected by ws; its error is the client's, logged
  // as such, not handed on to graphql-ws, which would report it as an internal failure.
  wsServer.on("connection", (socket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = (event: string | symbol, ...args: unknown[]) => {
      const code = (args[0] as { code?: unknown } | undefined)?.code;
      if (event === "error" && typeof code === "string" && code.startsWith("WS_ERR_")) {
        app.logger.info({ code, reason: (args[0] as Error).message }, "client error: WebSocket protocol");
        return true;
      }
      return emit(event, ...args);
    };
  });
  const rules = [...specifiedRules, ...limitRules(limits)];
  const active = new WeakMap<Connection, Set<string>>();
  let total = 0;

  /** How a connection ends when its session cannot be confirmed; unexpected failures are logged. */
  type SessionEnd = { close: number; reason: string };
  const sessionEnd = (error: unknown): SessionEnd => {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.UNAUTHENTICATED) {
      return { close: CloseCode.Forbidden, reason: "Forbidden: the session has ended" };
    }
    logError(app.logger, error);
    return { close: SERVER_FAILURE, reason: "Internal server error" };
  };

  // One scope per event and credentials, shared by every subscriber presenting them. A session
  // that is no longer valid ends the subscriber's connection with 4403; any other failure to
  // build the scope (the database is unreachable) is ours: logged, and the connection closed
  // with 1011 so the client knows to reconnect rather than that it was refused.
  type EventScope = Scope | SessionEnd;
  const eventScopes = new WeakMap<EventNotice, Map<string, Promise<EventScope>>>();
  const scopeForEvent = (notice: EventNotice, authorization: string | null) => {
    let byCredentials = eventScopes.get(notice);
    if (!byCredentials) eventScopes.set(notice, (byCredentials = new Map()));
    let scope = byCredentials.get(authorization ?? "");
    if (!scope) {
      scope = viewerFrom(app, authorization).then(
        (viewer): EventScope => createScope(app.prisma, viewer, limits.responseBytes),
        (error: unknown): EventScope => sessionEnd(error),
      );
      byCredentials.set(authorization ?? "", scope);
    }
    return scope;
  };

  const refuse = (error: GraphQLError): GraphQLError[] => {
    const formatted = formatError(error.toJSON(), error);
    return [new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions })];
  };
  const formatted = (error: GraphQLError): GraphQLError => {
    logError(app.logger, error, error.path);
    return refuse(error)[0]!;
  };

  /** Parses, validates and prices a subscribe message and builds its context; errors refuse it. */
  async function prepare(ctx: Connection, payload: SubscribePayload): Promise<ExecutionArgs | GraphQLError[]> {
    let document: DocumentNode;
    try {
      document = parse(payload.query, parseOptions(limits));
    } catch (error) {
      return refuse(
        isTokenLimitError(error)
          ? limitError(
              ErrorCode.TOO_MANY_TOKENS,
              `The document exceeds the token limit of ${limits.tokens}.`,
              limits.tokens,
            )
          : new GraphQLError((error as Error).message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } }),
      );
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length) {
      return invalid.map(
        (error) =>
          refuse(
            error.extensions?.code
              ? error
              : new GraphQLError(error.message, {
                  nodes: error.nodes,
                  extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
                }),
          )[0]!,
      );
    }
    const operation = getOperationAST(document, payload.operationName);
    if (operation?.operation !== "subscription") {
      return refuse(
        new GraphQLError("Only subscriptions are served over WebSocket; send queries and mutations over HTTP.", {
          extensions: { code: "BAD_REQUEST" },
        }),
      );
    }
    const variables = (payload.variables ?? undefined) as Record<string, unknown> | undefined;
    try {
      checkCost(schema, document, variables, payload.operationName, limits);
    } catch (error) {
      return refuse(error as GraphQLError);
    }
    const authorization = authorizationParam(ctx.connectionParams);
    const context = createContext(app, { authorization });
    try {
      context.scope = await openScope(app, authorization);
    } catch (error) {
      return [formatted(asGraphQLError(error))];
    }
    context.live = {
      hub,
      open: async (notice) => {
        const scope = await scopeForEvent(notice, authorization);
        if (!("close" in scope)) return scope;
        ctx.extra.socket.close(scope.close, scope.reason);
        return null;
      },
    };
    return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue: context };
  }

  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      // A connection with a bad token is refused (4403), as HTTP refuses such a request (401);
      // one whose token cannot be checked now is closed with 1011, for the client to retry.
      onConnect: (ctx) =>
        viewerFrom(app, authorizationParam(ctx.connectionParams)).then(
          () => true,
          (error: unknown) => {
            const end = sessionEnd(error);
            ctx.extra.socket.close(end.close, end.reason);
            return false;
          },
        ),
      onSubscribe: async (ctx, id, payload) => {
        // The slot is taken synchronously, before any await: subscribe messages on one
        // connection are handled concurrently, and a check-then-await would let them all in.
        const mine = active.get(ctx) ?? new Set<string>();
        active.set(ctx, mine);
        if (mine.size >= limits.subscriptionsPerConnection || total >= limits.subscriptions) {
          const limit =
            mine.size >= limits.subscriptionsPerConnection ? limits.subscriptionsPerConnection : limits.subscriptions;
          return refuse(
            limitError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, `At most ${limit} subscriptions are allowed.`, limit),
          );
        }
        mine.add(id);
        total++;
        const prepared = await prepare(ctx, payload);
        if (Array.isArray(prepared) && mine.delete(id)) total--;
        return prepared;
      },
      onComplete: (ctx, id) => {
        if (active.get(ctx)?.delete(id)) total--;
      },
      onClose: (ctx) => {
        const mine = active.get(ctx);
        if (mine) total -= mine.size;
        mine?.clear();
      },
      // Same error contract as HTTP: coded, masked when unexpected; events bounded in size.
      onError: (_ctx, _id, _payload, errors) => errors.map(formatted),
      onNext: (_ctx, _id, _payload, _args, result) => {
        const tooLarge = responseTooLarge((result as ExecutionResult).data, limits);
        const errors = tooLarge ? [tooLarge] : (result as ExecutionResult).errors;
        return errors?.length ? { ...(tooLarge ? {} : result), errors: errors.map(formatted) } : result;
      },
    },
    wsServer,
  );
  return {
    dispose: () => cleanup.dispose(),
    /** Subscriptions open now, on every connection (the metrics' gauge). */
    open: () => total,
  };
}
