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

type SortValue = string | number | Date | null;

/** One column of an ordering. The row id is always appended as the final tie-breaker. */
export interface SortKey<R> {
  field: string;
  direction: "asc" | "desc";
  /** Nullable columns sort their nulls last (in the forward direction). */
  nullable?: boolean;
  date?: boolean;
  value: (row: R) => SortValue;
}

interface Window {
  backward: boolean;
  size: number;
  after?: SortValue[];
  before?: SortValue[];
}

/** Validates first/after/last/before against an ordering and decodes the cursors. */
function pageWindow(args: PageArgs, signature: string, keys: { date?: boolean }[]): Window {
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

function decodeCursor(cursor: string, field: string, signature: string, keys: { date?: boolean }[]): SortValue[] {
  const invalid = () =>
    new DomainError(ErrorCode.INVALID_CURSOR, `"${cursor}" is not a cursor of this list in this order.`, {
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
  const id = values[keys.length];
  if (!isUuid(id)) throw invalid();
  return keys
    .map((key, i): SortValue => {
      const value = values[i];
      if (value === null || typeof value === "number") return value;
      if (typeof value !== "string") throw invalid();
      if (!key.date) return value;
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) throw invalid();
      return date;
    })
    .concat(id);
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
 * Reads one page of a list. `fetch` runs the query (typically Prisma's findMany) with the
 * given where (to AND with the list's own filter), orderBy and take.
 */
export async function paginate<R extends { id: string }>(options: {
  args: PageArgs;
  keys: SortKey<R>[];
  fetch: (query: { where: Where; orderBy: Where[]; take: number }) => Promise<R[]>;
  count: () => Promise<number>;
}): Promise<Page<R>> {
  const { keys } = options;
  const columns: Column[] = [...keys, { field: "id", direction: keys[keys.length - 1]?.direction ?? "asc" }];
  const signature = columns.map((column) => `${column.field}:${column.direction}`).join(",");
  const window = pageWindow(options.args, signature, keys);
  const bounds: Where[] = [];
  if (window.after) bounds.push(beyond(columns, window.after, true));
  if (window.before) bounds.push(beyond(columns, window.before, false));
  const rows = await options.fetch({
    where: { AND: bounds },
    orderBy: orderBy(columns, window.backward),
    take: window.size + 1,
  });
  const more = rows.length > window.size;
  const page = more ? rows.slice(0, window.size) : rows;
  return {
    nodes: window.backward ? page.reverse() : page,
    hasNextPage: window.backward ? window.before !== undefined : more,
    hasPreviousPage: window.backward ? more : window.after !== undefined,
    totalCount: options.count,
    cursorOf: (row) => encodeCursor(signature, [...keys.map((key) => key.value(row)), row.id]),
  };
}

const NESTED = "nested";

/**
 * Pages a list already in memory and in order (nested edges, whose parents load all their
 * children in one batch). A cursor whose row is no longer in the list is INVALID_CURSOR.
 */
export function pageArray<T extends { id: string }>(items: T[], args: PageArgs): Page<T> {
  const window = pageWindow(args, NESTED, []);
  const indexOf = (values: SortValue[] | undefined, field: string) => {
    if (!values) return undefined;
    const at = items.findIndex((item) => item.id === values[0]);
    if (at === -1) {
      throw new DomainError(ErrorCode.INVALID_CURSOR, "The cursor's item is no longer in this list.", {
        field: [field],
      });
    }
    return at;
  };
  const start = (indexOf(window.after, "after") ?? -1) + 1;
  const end = indexOf(window.before, "before") ?? items.length;
  const bounded = items.slice(start, Math.max(start, end));
  const nodes = window.backward
    ? bounded.slice(Math.max(0, bounded.length - window.size))
    : bounded.slice(0, window.size);
  const total = items.length;
  return {
    nodes,
    hasNextPage: window.backward ? end < items.length : bounded.length > window.size,
    hasPreviousPage: window.backward ? bounded.length > window.size : start > 0,
    totalCount: async () => total,
    cursorOf: (row) => encodeCursor(NESTED, [row.id]),
  };
}
