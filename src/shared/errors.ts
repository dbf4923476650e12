/**
 * The catalogue of error codes. Each is a stable string delivered as `extensions.code`
 * on GraphQL errors and as `code` on mutation payload errors; clients branch on codes,
 * never on messages. Add a code here before using it anywhere else; its description is
 * published in the SDL (enum ErrorCode).
 */
export const ERROR_CATALOGUE = {
  BAD_USER_INPUT: "Input failed validation at the edge (shape, length, range, format); `field` names it.",
  NOT_FOUND: "An id names nothing the viewer can see or change.",
  INVALID_ID: "A global id could not be decoded, or names an object of the wrong type.",
  INVALID_CURSOR: "A cursor was not issued by this list in this order, or its item has left a nested list.",
  CONFLICT: "The write was based on a stale version; `currentVersion` carries the current one.",
  ALREADY_EXISTS: "A unique value (external id, topic key, e-mail) is already taken.",
  DUPLICATE_ARTICLE:
    "importArticle: an article with the same url or the same text was imported before; `existingId` names it.",
  INVALID_ARTICLE_TEXT: "importArticle: the text is empty or not in a recognised format.",
  SPAN_OUT_OF_RANGE: "start/end lie outside the article body, are reversed, or split a surrogate pair.",
  SPAN_EMPTY: "The span is empty.",
  SPAN_MISMATCH: "body.slice(start, end) differs from the given exact text.",
  SPAN_NOT_FOUND: "The exact text (with prefix/suffix, if given) does not occur in the body.",
  SPAN_AMBIGUOUS: "The exact text occurs more than once; add prefix, suffix or start/end.",
  NOT_EDITABLE: "The annotation's state does not allow this edit (published, retracted, rejected).",
  UNKNOWN_ACTOR: "A referenced actor does not exist.",
  UNKNOWN_TOPIC: "No topic has the given key.",
  UNKNOWN_QUOTE: "quoteId does not name a quote in the same article.",
  UNAUTHENTICATED: "The viewer must sign in to do this, or the token is invalid, expired or of a disabled user.",
  INVALID_CREDENTIALS: "login: the e-mail and password do not match an enabled user.",
  INVALID_TRANSITION: "The workflow has no move from the annotation's state to the requested one.",
  COMMENT_REQUIRED: "This move (request changes, reject, retract) needs a comment.",
  FORBIDDEN: "The viewer may not do this: role, ownership, or the four-eyes rule.",
  SERVICE_BUSY: "Too many writes at once: nothing was written; retry shortly.",
  QUERY_TOO_DEEP: "Refused before execution: the operation nests fields deeper than the limit (`limit`).",
  TOO_MANY_ALIASES: "Refused before execution: the operation uses more aliases than the limit (`limit`).",
  TOO_MANY_TOKENS: "Refused before execution: the document has more lexical tokens than the limit (`limit`).",
  TOO_MANY_DIRECTIVES: "Refused before execution: the operation uses more directives than the limit (`limit`).",
  QUERY_TOO_COMPLEX:
    "Refused before execution: the operation's estimated cost (each connection's first/last multiplies its children) exceeds the limit (`limit`).",
  TOO_MANY_LOGINS: "Refused before execution: an operation may sign in once (one `login` field).",
  EXECUTION_TIMEOUT: "The operation ran out of time (`limit`, milliseconds) or its client left; work stopped.",
  RESPONSE_TOO_LARGE: "The response would exceed the size limit (`limit`, bytes); ask for fewer or smaller fields.",
  REQUEST_TOO_LARGE: "The request body exceeds the size limit (`limit`, bytes).",
  TOO_MANY_SUBSCRIPTIONS: "Refused: the connection (or the server) holds as many subscriptions as it may (`limit`).",
  RATE_LIMITED: "Too many attempts: wait `retryAfterSeconds` (also sent as the Retry-After header) and try again.",
  INTERNAL_SERVER_ERROR: "Something unexpected failed; details are logged with the request id, never returned.",
} as const;

export const ErrorCode = Object.fromEntries(Object.keys(ERROR_CATALOGUE).map((code) => [code, code])) as {
  readonly [Code in keyof typeof ERROR_CATALOGUE]: Code;
};

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface DomainErrorOptions {
  /** Path of the input field at fault, e.g. ["input", "exact"]. */
  field?: string[];
  /** The annotation's current version, for CONFLICT. */
  currentVersion?: number;
  /** The limit that was exceeded, for the limit codes. */
  limit?: number;
  /** For RATE_LIMITED: seconds until the next attempt may succeed. */
  retryAfterSeconds?: number;
  /** For a duplicate: the object that already exists (its type and database id). */
  existing?: { type: string; id: string };
}

/**
 * An expected failure raised by a service. Mutations turn it into a typed payload error;
 * queries surface it as a GraphQL error with the same code.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field?: string[];
  readonly currentVersion?: number;
  readonly limit?: number;
  readonly retryAfterSeconds?: number;
  readonly existing?: { type: string; id: string };

  constructor(code: ErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.field = options.field;
    this.currentVersion = options.currentVersion;
    this.limit = options.limit;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.existing = options.existing;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** CONFLICT for a write based on a stale version, carrying the version the object has now. */
export function conflictError(currentVersion: number, what = "annotation"): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    `The ${what} changed since the version you saw; it is now at version ${currentVersion}. Reload and try again.`,
    { field: ["input", "expectedVersion"], currentVersion },
  );
}
