/**
 * The catalogue of error codes. Each is a stable string delivered as `extensions.code`
 * on GraphQL errors and as `code` on mutation payload errors; clients branch on codes,
 * never on messages. Add a code here before using it anywhere else.
 */
export const ErrorCode = {
  /** Input failed validation at the edge (shape, length, range, format). */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** An id (global or key) names nothing the viewer can see. */
  NOT_FOUND: "NOT_FOUND",
  /** A global id or cursor could not be decoded, or names the wrong type. */
  INVALID_ID: "INVALID_ID",
  INVALID_CURSOR: "INVALID_CURSOR",
  /** The write was based on a stale version; `currentVersion` carries the current one. */
  CONFLICT: "CONFLICT",
  /** A unique value (url, external id, topic key, e-mail) is already taken. */
  ALREADY_EXISTS: "ALREADY_EXISTS",
  /** importArticle: the same url or the same body was imported before. */
  DUPLICATE_ARTICLE: "DUPLICATE_ARTICLE",
  /** importArticle: the text is empty or not in a recognised format. */
  INVALID_ARTICLE_TEXT: "INVALID_ARTICLE_TEXT",
  /** Span anchoring (W3C Web Annotation selectors) failures. */
  SPAN_OUT_OF_RANGE: "SPAN_OUT_OF_RANGE",
  SPAN_EMPTY: "SPAN_EMPTY",
  SPAN_MISMATCH: "SPAN_MISMATCH",
  SPAN_NOT_FOUND: "SPAN_NOT_FOUND",
  SPAN_AMBIGUOUS: "SPAN_AMBIGUOUS",
  /** The annotation's state does not allow this edit (published, retracted, rejected). */
  NOT_EDITABLE: "NOT_EDITABLE",
  /** A referenced actor, topic or quote does not exist (or is not usable here). */
  UNKNOWN_ACTOR: "UNKNOWN_ACTOR",
  UNKNOWN_TOPIC: "UNKNOWN_TOPIC",
  UNKNOWN_QUOTE: "UNKNOWN_QUOTE",
  /** The viewer is not signed in / may not do this. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  /** Anything unexpected: details are logged with the request id, never returned. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

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
