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
  DUPLICATE_ARTICLE: "importArticle: an article with the same url or the same text was imported before.",
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
}

/**
 * An expected failure raised by a service. Mutations turn it into a typed payload error;
 * queries surface it as a GraphQL error with the same code.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field?: string[];
  readonly currentVersion?: number;

  constructor(code: ErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.field = options.field;
    this.currentVersion = options.currentVersion;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** CONFLICT for a write based on a stale version, carrying the version the object has now. */
export function conflictError(currentVersion: number): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    `The annotation changed since the version you saw; it is now at version ${currentVersion}. Reload and try again.`,
    { field: ["input", "expectedVersion"], currentVersion },
  );
}
