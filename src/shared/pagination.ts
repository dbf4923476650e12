import { DomainError, ErrorCode } from "./errors";

/**
 * Relay Cursor Connections (https://relay.dev/graphql/connections.htm), the storage side.
 * Cursors are opaque to clients: base64url of "cursor:<row id>". Services page with Prisma's
 * cursor option (keyset on the row id within the requested order), nested edges page in memory.
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
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(id: string): string {
  return Buffer.from(`cursor:${id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, field: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const id = decoded.slice("cursor:".length);
  // Every row id is a UUID; anything else would reach the database and fail there.
  if (!decoded.startsWith("cursor:") || !UUID.test(id)) {
    throw new DomainError(ErrorCode.INVALID_CURSOR, `"${cursor}" is not a cursor this API issued.`, { field: [field] });
  }
  return id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PageWindow {
  direction: "forward" | "backward";
  size: number;
  cursorId?: string;
}

/** Validates first/after/last/before and says which way and how far to read. */
export function pageWindow(args: PageArgs): PageWindow {
  const { first, last, after, before } = args;
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
  if (last != null || (before != null && first == null)) {
    return {
      direction: "backward",
      size: last ?? DEFAULT_PAGE_SIZE,
      cursorId: before != null ? decodeCursor(before, "before") : undefined,
    };
  }
  return {
    direction: "forward",
    size: first ?? DEFAULT_PAGE_SIZE,
    cursorId: after != null ? decodeCursor(after, "after") : undefined,
  };
}

/** Prisma findMany arguments for a window: one extra row tells whether there is more. */
export function prismaWindow(window: PageWindow): { take: number; skip?: number; cursor?: { id: string } } {
  const take = window.direction === "forward" ? window.size + 1 : -(window.size + 1);
  return window.cursorId ? { take, skip: 1, cursor: { id: window.cursorId } } : { take };
}

/** Turns the rows read with prismaWindow into a page. */
export function pageFromRows<T>(rows: T[], window: PageWindow, count: () => Promise<number>): Page<T> {
  const more = rows.length > window.size;
  if (window.direction === "forward") {
    return {
      nodes: more ? rows.slice(0, window.size) : rows,
      hasNextPage: more,
      hasPreviousPage: window.cursorId !== undefined,
      totalCount: count,
    };
  }
  return {
    nodes: more ? rows.slice(rows.length - window.size) : rows,
    hasNextPage: window.cursorId !== undefined,
    hasPreviousPage: more,
    totalCount: count,
  };
}

/** Pages a list already in memory (nested edges, whose parents load all children in one batch). */
export function pageArray<T extends { id: string }>(items: T[], args: PageArgs): Page<T> {
  const window = pageWindow(args);
  let start = 0;
  let end = items.length;
  if (window.cursorId !== undefined) {
    const at = items.findIndex((item) => item.id === window.cursorId);
    if (window.direction === "forward") start = at === -1 ? items.length : at + 1;
    else end = at === -1 ? 0 : at;
  }
  const slice =
    window.direction === "forward"
      ? items.slice(start, Math.min(end, start + window.size))
      : items.slice(Math.max(start, end - window.size), end);
  const total = items.length;
  return {
    nodes: slice,
    hasNextPage: window.direction === "forward" ? start + window.size < end : end < items.length,
    hasPreviousPage: window.direction === "forward" ? start > 0 : end - window.size > start,
    totalCount: async () => total,
  };
}
