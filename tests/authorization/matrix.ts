/**
 * The authorization matrix: for every query and mutation, and every HTTP route that reads
 * data, what each kind of caller gets.
 * `ok` means the operation ran and returned no error; anything else is the error code the
 * caller receives (top-level `extensions.code` or the payload's `errors[].code`).
 * tests/authorization/matrix.test.ts checks every cell against the running server over HTTP,
 * and renders docs/authorization.md from this same table.
 */
export const CALLERS = [
  "reader",
  "annotator",
  "reviewer",
  "admin",
  "disabled user",
  "expired token",
  "wrong key",
] as const;
export type Caller = (typeof CALLERS)[number];
export type Outcome = "ok" | string;

type Row = {
  operation: string;
  kind: "query" | "mutation" | "subscription" | "http";
  note?: string;
  expected: Record<Caller, Outcome>;
};

const BAD_TOKEN = {
  "disabled user": "UNAUTHENTICATED",
  "expired token": "UNAUTHENTICATED",
  "wrong key": "UNAUTHENTICATED",
};
const PUBLIC = { reader: "ok", annotator: "ok", reviewer: "ok", admin: "ok", ...BAD_TOKEN };
const SESSION_ENDED = { "disabled user": "4403", "expired token": "4403", "wrong key": "4403" };
const EDITORS = { reader: "UNAUTHENTICATED", annotator: "ok", reviewer: "ok", admin: "ok", ...BAD_TOKEN };
const REVIEWERS = { reader: "UNAUTHENTICATED", annotator: "FORBIDDEN", reviewer: "ok", admin: "ok", ...BAD_TOKEN };
const ADMINS = { reader: "UNAUTHENTICATED", annotator: "FORBIDDEN", reviewer: "FORBIDDEN", admin: "ok", ...BAD_TOKEN };

export const MATRIX: Row[] = [
  {
    operation: "node",
    kind: "query",
    expected: PUBLIC,
    note: "readers get null for unpublished work, users, comments, events",
  },
  { operation: "articles", kind: "query", expected: PUBLIC },
  { operation: "article", kind: "query", expected: PUBLIC },
  { operation: "actors", kind: "query", expected: PUBLIC },
  { operation: "actor", kind: "query", expected: PUBLIC },
  { operation: "quotes", kind: "query", expected: PUBLIC, note: "readers see PUBLISHED only" },
  { operation: "claims", kind: "query", expected: PUBLIC, note: "readers see PUBLISHED only" },
  { operation: "annotations", kind: "query", expected: PUBLIC, note: "readers see PUBLISHED only" },
  { operation: "topics", kind: "query", expected: PUBLIC },
  { operation: "search", kind: "query", expected: PUBLIC, note: "readers find PUBLISHED quotes and claims only" },
  { operation: "ledger", kind: "query", expected: PUBLIC, note: "built from the claims the viewer sees" },
  { operation: "me", kind: "query", expected: PUBLIC, note: "null for readers" },
  {
    operation: "Annotation.note",
    kind: "query",
    expected: EDITORS,
    note: "on a published quote: readers get null and this code at the field; the quote itself resolves",
  },
  { operation: "Annotation.history", kind: "query", expected: EDITORS },
  { operation: "Annotation.comments", kind: "query", expected: EDITORS },
  { operation: "users", kind: "query", expected: ADMINS },
  { operation: "events", kind: "query", expected: ADMINS },
  { operation: "login", kind: "mutation", expected: PUBLIC },
  { operation: "importArticle", kind: "mutation", expected: EDITORS },
  {
    operation: "correctArticle",
    kind: "mutation",
    expected: REVIEWERS,
    note: "replaces the text, re-anchors annotations",
  },
  { operation: "createActor", kind: "mutation", expected: EDITORS },
  { operation: "updateActor", kind: "mutation", expected: EDITORS },
  {
    operation: "mergeActors",
    kind: "mutation",
    note: "merges a fresh duplicate into a fresh survivor: reviewers and admins",
    expected: { ...EDITORS, annotator: "FORBIDDEN" },
  },
  { operation: "createQuote", kind: "mutation", expected: EDITORS },
  { operation: "createClaim", kind: "mutation", expected: EDITORS },
  {
    operation: "updateAnnotation",
    kind: "mutation",
    note: "on a DRAFT the annotator wrote: only its author or an admin",
    expected: { ...EDITORS, reviewer: "FORBIDDEN" },
  },
  {
    operation: "transitionAnnotation (submit)",
    kind: "mutation",
    note: "DRAFT → IN_REVIEW on the annotator's draft: only its author or an admin",
    expected: { ...EDITORS, reviewer: "FORBIDDEN" },
  },
  {
    operation: "transitionAnnotation (approve)",
    kind: "mutation",
    note: "IN_REVIEW → APPROVED on the annotator's work: reviewers and admins, never the author",
    expected: { ...EDITORS, annotator: "FORBIDDEN" },
  },
  { operation: "addComment", kind: "mutation", expected: EDITORS },
  { operation: "createUser", kind: "mutation", expected: ADMINS },
  { operation: "updateUser", kind: "mutation", expected: ADMINS },
  { operation: "eraseUser", kind: "mutation", expected: ADMINS },
  {
    operation: "annotationEvents",
    kind: "subscription",
    expected: { ...PUBLIC, ...SESSION_ENDED },
    note: "over graphql-ws; readers get publications only; a bad session is refused at connection with close code 4403",
  },
  { operation: "GET /export/articles/:id/text", kind: "http", expected: PUBLIC, note: "bad tokens get HTTP 401" },
  {
    operation: "GET /export/articles/:id/annotations",
    kind: "http",
    expected: PUBLIC,
    note: "W3C Web Annotations; readers get PUBLISHED only, and the newsroom rather than the author as creator",
  },
  {
    operation: "GET /export/articles/:id/claims",
    kind: "http",
    expected: PUBLIC,
    note: "schema.org Claims; readers get PUBLISHED only",
  },
];

export function renderMatrix(): string {
  const header = `| Operation | ${CALLERS.join(" | ")} | Note |\n| --- | ${CALLERS.map(() => "---").join(" | ")} | --- |\n`;
  const rows = MATRIX.map(
    (row) =>
      `| \`${row.operation}\` (${row.kind}) | ${CALLERS.map((caller) => (row.expected[caller] === "ok" ? "✓" : `\`${row.expected[caller]}\``)).join(" | ")} | ${row.note ?? ""} |`,
  ).join("\n");
  return (
    "# Authorization matrix\n\n" +
    "Generated from `tests/authorization/matrix.ts` by `npm run docs:authz`; `tests/authorization/matrix.test.ts`\n" +
    "checks every cell against the running server over HTTP and fails when this file is stale.\n\n" +
    "✓: allowed. Otherwise the error code the caller gets. A denial is never an HTTP 500: bad tokens get HTTP\n" +
    "401, everything else a GraphQL error (or payload error) with this code. For the subscription, a number is\n" +
    "the WebSocket close code. The HTTP routes (`http`) answer a refusal with its status and a JSON error\n" +
    "carrying the code.\n\n" +
    header +
    rows +
    "\n"
  );
}
