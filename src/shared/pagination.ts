import { isDateInRange } from "./dates";
import { DomainError, ErrorCode } from "./errors";
import { isUuid } from "./ids";

/**
 * Relay Cursor Connections (https://relay.dev/graphql/connections.htm), the storage side.
 *
 * Lists page by keyset: a cursor carries the sort values of its row (plus the id that breaks
 * ties), and the next page is "rows after these values in this order". So a page stays right
 * when rows are added, removed or hidden meanwhile, and `after` and `before` bound the list
 * together as the spec's algorithm asks. Cursors are opaque to clients (base64url JSON) and
 * name the order they were issued for; a cursor from another order is INVALID_CURSOR.
 */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
  cursorOf: (row: T) => string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type SortValue = string | number | Date | null;

/**
 * The column types a sort key can have. A cursor's values are checked against them before
 * they reach SQL, so a forged cursor is INVALID_CURSOR rather than a database error.
 */
export type SortType = "text" | "uuid" | "int" | "date";

/** One column of an ordering. The row id is always appended as the final tie-breaker. */
export interface SortKey<R> {
  field: string;
  direction: "asc" | "desc";
  type: SortType;
  /** Nullable columns sort their nulls last (in the forward direction). */
  nullable?: boolean;
  value: (row: R) => SortValue;
}

interface Window {
  backward: boolean;
  size: number;
  after?: SortValue[];
  before?: SortValue[];
}

/** Validates first/after/last/before against an ordering and decodes the cursors. */
function pageWindow(args: PageArgs, signature: string, keys: CursorKey[]): Window {
  const { first, last } = args;
  if (first != null && last != null) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Pass either first or last, not both.", { field: ["last"] });
  }
  for (const [name, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${name} must be between 0 and ${MAX_PAGE_SIZE}.`, {
        field: [name],
      });
    }
  }
  return {
    backward: last != null,
    size: last ?? first ?? DEFAULT_PAGE_SIZE,
    after: args.after != null ? decodeCursor(args.after, "after", signature, keys) : undefined,
    before: args.before != null ? decodeCursor(args.before, "before", signature, keys) : undefined,
  };
}

function encodeCursor(signature: string, values: SortValue[]): string {
  return Buffer.from(JSON.stringify({ o: signature, k: values }), "utf8").toString("base64url");
}

type CursorKey = { type: SortType; nullable?: boolean };

/** Longest text value a cursor may carry (sort columns are names, titles, keys, e-mails). */
const MAX_CURSOR_TEXT = 2000;
const INT4 = 2 ** 31;

function decodeCursor(cursor: string, field: string, signature: string, keys: CursorKey[]): SortValue[] {
  const invalid = () =>
    new DomainError(ErrorCode.INVALID_CURSOR, `"${preview(cursor)}" is not a cursor of this list in this order.`, {
      field: [field],
    });
  let parsed: { o?: unknown; k?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const values = parsed?.k;
  if (parsed?.o !== signature || !Array.isArray(values) || values.length !== keys.length + 1) throw invalid();
  const decoded = keys.map((key, i) => cursorValue(key, values[i]));
  const id = values[keys.length];
  if (decoded.includes(undefined) || !isUuid(id)) throw invalid();
  return [...(decoded as SortValue[]), id];
}

/** A cursor value checked against its column's type; undefined when it does not fit. */
function cursorValue(key: CursorKey, value: unknown): SortValue | undefined {
  if (value === null) return key.nullable ? null : undefined;
  switch (key.type) {
    case "int":
      return Number.isInteger(value) && Math.abs(value as number) < INT4 ? (value as number) : undefined;
    case "uuid":
      return isUuid(value) ? value : undefined;
    case "text":
      return typeof value === "string" && value.length <= MAX_CURSOR_TEXT && !value.includes("\u0000")
        ? value
        : undefined;
    case "date": {
      if (typeof value !== "string") return undefined;
      const date = new Date(value);
      return isDateInRange(date) ? date : undefined;
    }
  }
}

function preview(cursor: string): string {
  return cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor;
}

type Where = Record<string, unknown>;
type Column = { field: string; direction: "asc" | "desc"; nullable?: boolean };

/**
 * Rows strictly after `values` in the order `columns` (nulls last): the usual lexicographic
 * keyset condition, OR over i of (columns before i equal AND column i beyond).
 */
function beyond(columns: Column[], values: SortValue[], towardEnd: boolean): Where {
  const clauses: Where[] = [];
  for (let i = 0; i < columns.length; i++) {
    const equal = columns.slice(0, i).map((column, j) => ({ [column.field]: values[j] }));
    const strict = strictly(columns[i]!, values[i]!, towardEnd);
    if (strict) clauses.push({ AND: [...equal, strict] });
  }
  return { OR: clauses };
}

function strictly(column: Column, value: SortValue, towardEnd: boolean): Where | null {
  const ascending = column.direction === "asc";
  if (towardEnd) {
    if (value === null) return null; // nulls come last: nothing non-null follows a null
    const compare = { [column.field]: { [ascending ? "gt" : "lt"]: value } };
    return column.nullable ? { OR: [compare, { [column.field]: null }] } : compare;
  }
  if (value === null) return { [column.field]: { not: null } };
  return { [column.field]: { [ascending ? "lt" : "gt"]: value } };
}

function orderBy(columns: Column[], backward: boolean): Where[] {
  return columns.map((column) => {
    const direction = backward === (column.direction === "asc") ? "desc" : "asc";
    return { [column.field]: column.nullable ? { sort: direction, nulls: backward ? "first" : "last" } : direction };
  });
}

/**
 * The page `args` asks for in the ordering `keys` (plus the id): the decoded window, and how
 * to turn the rows fetched for it (at most size + 1, in window order) into a Page. Shared by
 * top-level lists (paginate, Prisma) and nested edges (per-parent SQL, see
 * shared/database/per-parent.ts), so that both speak the same cursors.
 */
export function openWindow<R extends { id: string }>(args: PageArgs, keys: SortKey<R>[]) {
  const direction = keys[keys.length - 1]?.direction ?? "asc";
  const columns: (Column & { type: SortType })[] = [...keys, { field: "id", direction, type: "uuid" }];
  const signature = columns.map((column) => `${column.field}:${column.direction}`).join(",");
  const window = pageWindow(args, signature, keys);
  return {
    ...window,
    columns,
    /** `more`, when the rows fetched do not include the look-ahead row, says whether it exists. */
    toPage(rows: R[], count: () => Promise<number>, more = rows.length > window.size): Page<R> {
      const page = rows.length > window.size ? rows.slice(0, window.size) : rows;
      return {
        nodes: window.backward ? page.reverse() : page,
        hasNextPage: window.backward ? window.before !== undefined : more,
        hasPreviousPage: window.backward ? more : window.after !== undefined,
        totalCount: count,
        cursorOf: (row) => encodeCursor(signature, [...keys.map((key) => key.value(row)), row.id]),
      };
    },
  };
}

/**
 * Reads one page of a list. `fetch` runs the query (typically Prisma's findMany) with the
 * given where (to AND with the list's own filter), orderBy and take.
 */
export async function paginate<R extends { id: string }>(options: {
  args: PageArgs;
  keys: SortKey<R>[];
  fetch: (query: { where: Where; orderBy: Where[]; take: number }) => Promise<R[]>;
  count: () => Promise<number>;
}): Promise<Page<R>> {
  const window = openWindow(options.args, options.keys);
  const bounds: Where[] = [];
  if (window.after) bounds.push(beyond(window.columns, window.after, true));
  if (window.before) bounds.push(beyond(window.columns, window.before, false));
  const rows = await options.fetch({
    where: { AND: bounds },
    orderBy: orderBy(window.columns, window.backward),
    take: window.size + 1,
  });
  return window.toPage(rows, options.count);
}

/** A page with nothing on it: for a viewer who sees no row of the list. */
export function emptyPage<R>(): Page<R> {
  return { nodes: [], hasNextPage: false, hasPreviousPage: false, totalCount: async () => 0, cursorOf: () => "" };
}
