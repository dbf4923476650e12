import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { mapDatabaseError } from "../database/errors";
import { ErrorCode } from "../errors";
import type { Logger } from "../logger";
import { isTokenLimitError } from "./limits";

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

/** Refusals of who the caller is or what they may do: logged for audit, not as failures. */
const ACCESS_CODES = new Set<string>([ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN]);

/**
 * Every error leaves through here, on HTTP and WebSocket alike. Domain and known database errors
 * keep their code; input validation (validation.ts) names the offending fields; a GraphQL error
 * raised without a code but with a 4xx HTTP status (Apollo's persisted-query checks) is
 * BAD_REQUEST; anything else becomes a bare INTERNAL_SERVER_ERROR, logged by errorLoggingPlugin.
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
      extensions: {
        code: known.code,
        ...(known.field ? { field: known.field } : {}),
        ...(known.limit !== undefined ? { limit: known.limit } : {}),
        ...(known.retryAfterSeconds !== undefined ? { retryAfterSeconds: known.retryAfterSeconds } : {}),
      },
    };
  }
  const tokens = tokenLimitOf(error);
  if (tokens !== null) {
    return {
      message: `The document exceeds the token limit of ${tokens}.`,
      extensions: { code: ErrorCode.TOO_MANY_TOKENS, limit: tokens },
    };
  }
  const code = ownCode(error) ?? formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) {
    const { field, fields, retryAfterSeconds, limit } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code,
        ...(field ? { field } : {}),
        ...(fields ? { fields } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
        ...(limit !== undefined ? { limit } : {}),
      },
    };
  }
  if (isCodelessClientError(error)) {
    return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
  }
  return {
    message: "Internal server error",
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * The code a rule of ours gave an error that Apollo then wrapped (a validation rule's error
 * becomes GRAPHQL_VALIDATION_FAILED, with ours kept as the original error).
 */
function ownCode(error: unknown): string | undefined {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  return typeof code === "string" && code in ErrorCode ? code : undefined;
}

/** graphql-js's own token limit, raised as a syntax error (see limits.ts, isTokenLimitError). */
function tokenLimitOf(error: unknown): number | null {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (!isTokenLimitError(original)) return null;
  return Number(/(\d+) tokens/.exec((original as Error).message)?.[1] ?? NaN);
}

function isCodelessClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** How an error is logged: unexpected ones at error level, access refusals at info, the rest not at all. */
export function logError(logger: Logger, error: unknown, path?: readonly (string | number)[]): void {
  const graphQLError = error instanceof GraphQLError ? error : new GraphQLError(String(error));
  const { extensions } = formatError(graphQLError.toJSON(), error);
  const code = extensions?.code as string;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
    logger.error({ err: unwrapResolverError(error), path }, "unexpected error");
  } else if (ACCESS_CODES.has(code)) {
    logger.info({ code, path, reason: graphQLError.message }, "client error: access refused");
  } else if (code === ErrorCode.EXECUTION_TIMEOUT) {
    logger.info({ code, path, reason: graphQLError.message }, "client error: operation stopped");
  }
}

/** Logs every error of a request by its class (see logError), with the request id. */
export function errorLoggingPlugin<C extends { logger: Logger }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) logError(contextValue.logger, error, error.path);
        },
      };
    },
  };
}
