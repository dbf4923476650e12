import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type {
  ASTVisitor,
  DocumentNode,
  GraphQLSchema,
  OperationDefinitionNode,
  ParseOptions,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from "graphql";
import { getNamedType, getNullableType, getOperationAST, GraphQLError, isListType, Kind } from "graphql";
import { getVariableValues } from "graphql/execution/values";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { getComplexity } from "graphql-query-complexity";
import type { Limits } from "../config";
import type { ErrorCode } from "../errors";
import { DomainError, ErrorCode as Codes } from "../errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../pagination";

/**
 * What one operation may ask of the server, checked before anything executes, on HTTP
 * (server.ts, the operation gate) and WebSocket (subscriptions) alike:
 *
 * - tokens: graphql-js's own parser limit, so an oversized document is not even parsed whole;
 * - depth, aliases, directives: GraphQL Armor's validation rules;
 * - cost: graphql-query-complexity, with an estimator in which each connection's first/last
 *   (default 20) multiplies the cost of what is selected inside it;
 * - one `login` per operation, so passwords cannot be guessed in bulk through aliases.
 *
 * Each refusal carries its own code and the `limit` it hit. Execution time and response size
 * are bounded while the operation runs (shared/operation.ts, boundResponse below).
 */

/** A refusal by a limit: its own code, the limit in `extensions.limit`, HTTP 400. */
export function limitError(code: ErrorCode, message: string, limit: number, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, http: { status } } });
}

/** Options for an Armor rule: report a coded error instead of throwing Armor's own. */
function armor(code: ErrorCode, limit: number, what: string) {
  return {
    n: limit,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) =>
        context?.reportError(limitError(code, `The operation exceeds the ${what} limit of ${limit}.`, limit)),
    ],
  };
}

/** How many `login` fields a root selection set has, through fragments and aliases. */
function countLogins(context: ValidationContext, selectionSet: SelectionSetNode, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === "login") count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countLogins(context, selection.selectionSet, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countLogins(context, fragment.selectionSet, seen);
    }
  }
  return count;
}

/** At most one `login` field in an operation: aliases, fragments and inline fragments included. */
function oneLoginRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      if (node.operation !== "mutation" || countLogins(context, node.selectionSet, new Set()) <= 1) return;
      context.reportError(
        new GraphQLError("An operation may sign in once: send one login per request.", {
          extensions: { code: Codes.TOO_MANY_LOGINS, limit: 1, http: { status: 400 } },
        }),
      );
    },
  };
}

/** The validation rules that enforce the structural limits; added to graphql-js's specified rules. */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule(armor(Codes.QUERY_TOO_DEEP, limits.depth, "depth")),
    maxAliasesRule(armor(Codes.TOO_MANY_ALIASES, limits.aliases, "alias")),
    maxDirectivesRule(armor(Codes.TOO_MANY_DIRECTIVES, limits.directives, "directive")),
    oneLoginRule,
  ];
}

/** Parser options: stop lexing past the token limit. */
export function parseOptions(limits: Limits): ParseOptions {
  return { maxTokens: limits.tokens };
}

/**
 * graphql-js reports its token limit as a syntax error with a fixed message; this recognises
 * it so that it can carry TOO_MANY_TOKENS (tests/api/limits.test.ts pins the message).
 */
export function isTokenLimitError(error: unknown): boolean {
  return error instanceof GraphQLError && /Document contains more th\w+ \d+ tokens/.test(error.message);
}

/** Non-connection lists (aliases, counterparts, retractions) are short; assume this many items. */
const LIST_ESTIMATE = 10;

/**
 * Cost of a field: its own cost (1, or the `cost` in its extensions, for fields that can be
 * large, such as an article's body), plus its children's cost times the number of items it
 * returns — for a connection the page it asks for (first/last, default 20, at most 100), for a
 * plain list LIST_ESTIMATE. A nested list therefore multiplies by every page size above it.
 */
const connectionEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  const own = typeof field.extensions?.cost === "number" ? field.extensions.cost : 1;
  let items = 1;
  // A connection's edges are its page, already counted by the connection field itself.
  if (parent.name.endsWith("Connection")) return own + childComplexity;
  if (getNamedType(type).name.endsWith("Connection")) {
    const requested = typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : null;
    items = requested === null ? DEFAULT_PAGE_SIZE : Math.min(Math.max(requested, 0), MAX_PAGE_SIZE);
  } else if (isListType(type)) {
    items = LIST_ESTIMATE;
  }
  return own + items * childComplexity;
};

/** The estimated cost of the operation to run; see connectionEstimator. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators: [connectionEstimator],
  });
}

/**
 * Throws QUERY_TOO_COMPLEX when the operation's estimated cost exceeds the limit. Variables are
 * coerced first (the cost depends on them): invalid ones are BAD_USER_INPUT, as execution would
 * report them, but before any work.
 */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  limits: Limits,
): void {
  const operation = getOperationAST(document, operationName);
  if (operation) {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 5 });
    if (coerced.errors) {
      const [first] = coerced.errors;
      throw new GraphQLError(first!.message, {
        nodes: first!.nodes,
        extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
      });
    }
  }
  let cost: number;
  try {
    cost = operationCost(schema, document, variables, operationName);
  } catch {
    // graphql-query-complexity stops at its node budget (10,000): certainly too complex.
    cost = Infinity;
  }
  if (cost > limits.cost) {
    throw limitError(
      Codes.QUERY_TOO_COMPLEX,
      `The operation's estimated cost (${Number.isFinite(cost) ? cost : "too many fields"}) exceeds the limit of ${limits.cost}; ask for smaller pages or fewer nested lists.`,
      limits.cost,
    );
  }
}

/**
 * The size of `value` as JSON, counted up to `cap` and no further (a response is measured
 * before it is serialised, so an oversized one is never built as a string). Strings count
 * their UTF-16 length: close to their UTF-8 size for text, an underestimate for the rest.
 */
export function jsonSizeWithin(value: unknown, cap: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length && size <= cap) {
    const item = stack.pop();
    if (typeof item === "string") size += item.length + 2;
    else if (item === null || typeof item !== "object") size += 8;
    else if (item instanceof Date) size += 26;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      for (const element of item) stack.push(element);
    } else {
      for (const [key, child] of Object.entries(item)) {
        size += key.length + 4;
        stack.push(child);
      }
    }
  }
  return size;
}

/**
 * What an operation may still read into its response, in bytes: large values (article bodies)
 * are charged before they are read, so a request for many of them is refused before it fills
 * the memory, not after (the final size check cannot prevent that).
 */
export interface ResponseBudget {
  /** Throws RESPONSE_TOO_LARGE when `bytes` more would exceed the limit. */
  charge(bytes: number): void;
}

export function responseBudget(limit: number): ResponseBudget {
  let used = 0;
  return {
    charge(bytes) {
      used += bytes;
      if (used > limit) {
        throw new DomainError(
          Codes.RESPONSE_TOO_LARGE,
          `The response would exceed ${limit} bytes; ask for fewer or smaller fields.`,
          { limit },
        );
      }
    },
  };
}

/** RESPONSE_TOO_LARGE when a result's data would exceed the response limit; null when it fits. */
export function responseTooLarge(data: unknown, limits: Limits): GraphQLError | null {
  if (jsonSizeWithin(data, limits.responseBytes) <= limits.responseBytes) return null;
  return responseLimitError(limits.responseBytes);
}

export function responseLimitError(limit: number): GraphQLError {
  return limitError(
    Codes.RESPONSE_TOO_LARGE,
    `The response would exceed ${limit} bytes; ask for fewer or smaller fields.`,
    limit,
  );
}
