import type DataLoader from "dataloader";
import { Prisma } from "../../generated/prisma/client";
import { loader } from "../loaders";
import type { Page, PageArgs, SortKey, SortValue } from "../pagination";
import { openWindow } from "../pagination";
import type { Db } from "./prisma";

/** A sort key of a nested edge, with the SQL expression it sorts on. */
export type SqlSortKey<R> = SortKey<R> & { sql: Prisma.Sql };

/**
 * The children of many parents, one page each, in one statement. Nested edges (an article's
 * quotes, an actor's claims, an annotation's history) are read this way, so that the rows read
 * grow with the pages asked for, not with how many children a parent has:
 *
 *   SELECT p.parent, x.* FROM unnest($parents::uuid[]) AS p(parent)
 *   CROSS JOIN LATERAL (SELECT … WHERE <children of p.parent> AND <cursor bounds>
 *                       ORDER BY <keys>, id LIMIT <page size + 1>) x
 *
 * Cursors are keyset cursors in the same format as top-level lists (shared/pagination.ts).
 */
export interface ChildQuery<R> {
  /** The select list of a child row (aliased to the names `map` reads). */
  columns: Prisma.Sql;
  /** FROM with joins. */
  from: Prisma.Sql;
  /** Which rows are children of `parent` (an SQL expression) and visible: the edge's filter. */
  where: (parent: Prisma.Sql) => Prisma.Sql;
  /** The ordering; the child's id (`id`, a uuid) is appended as the final tie-breaker. */
  keys: SqlSortKey<R>[];
  /** The SQL expression of the child's id. */
  id: Prisma.Sql;
  map: (row: Record<string, unknown>) => R;
}

const cast = (value: SortValue, key: { type: string }): Prisma.Sql =>
  key.type === "uuid"
    ? Prisma.sql`${value}::uuid`
    : key.type === "date"
      ? Prisma.sql`${value}::timestamptz`
      : Prisma.sql`${value}`;

/** Rows strictly after (or before) `values` in the order of `columns`: the keyset condition. */
function beyond(
  columns: { sql: Prisma.Sql; direction: "asc" | "desc"; type: string }[],
  values: SortValue[],
  towardEnd: boolean,
) {
  const clauses = columns.map((column, i) => {
    const equal = columns.slice(0, i).map((earlier, j) => Prisma.sql`${earlier.sql} = ${cast(values[j]!, earlier)}`);
    const greater = (column.direction === "asc") === towardEnd;
    const strict = Prisma.sql`${column.sql} ${Prisma.raw(greater ? ">" : "<")} ${cast(values[i]!, column)}`;
    return Prisma.sql`(${Prisma.join([...equal, strict], " AND ")})`;
  });
  return Prisma.sql`(${Prisma.join(clauses, " OR ")})`;
}

export async function pagesPerParent<R extends { id: string }>(
  db: Db,
  query: ChildQuery<R>,
  parents: readonly string[],
  args: PageArgs,
  count: (parent: string) => Promise<number>,
): Promise<Page<R>[]> {
  const window = openWindow(args, query.keys);
  const columns = window.columns.map((column, i) => ({
    ...column,
    sql: i < query.keys.length ? query.keys[i]!.sql : query.id,
  }));
  const bounds: Prisma.Sql[] = [];
  if (window.after) bounds.push(beyond(columns, window.after, true));
  if (window.before) bounds.push(beyond(columns, window.before, false));
  const direction = (column: { direction: "asc" | "desc" }) =>
    Prisma.raw((column.direction === "asc") !== window.backward ? "ASC" : "DESC");
  const order = columns.map((column) => Prisma.sql`${column.sql} ${direction(column)}`);
  // The sort values are selected again under fixed names, to order the page outside the LATERAL.
  const sortColumns = columns.map((column, i) => Prisma.sql`${column.sql} AS ${Prisma.raw(`"_k${i}"`)}`);
  const outerOrder = columns.map((column, i) => Prisma.sql`x.${Prisma.raw(`"_k${i}"`)} ${direction(column)}`);
  const parent = Prisma.raw("p.parent");
  // Per parent, the inner query is a plain ORDER BY … LIMIT (an index scan or a top-N sort):
  // the page plus one look-ahead row. Only the page leaves the database: the look-ahead row is
  // counted (`_fetched`), so hasNextPage costs no row. Pages come out in parent order, then in
  // the page's own order.
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT w.* FROM (
      SELECT p.parent AS "_parent", p.ord AS "_ord", x.*,
             row_number() OVER (PARTITION BY p.ord ORDER BY ${Prisma.join(outerOrder, ", ")}) AS "_n",
             count(*) OVER (PARTITION BY p.ord) AS "_fetched"
        FROM unnest(${[...parents]}::uuid[]) WITH ORDINALITY AS p(parent, ord)
        CROSS JOIN LATERAL (
          SELECT ${query.columns}, ${Prisma.join(sortColumns, ", ")}
            FROM ${query.from}
           WHERE ${query.where(parent)}${bounds.length ? Prisma.sql` AND ${Prisma.join(bounds, " AND ")}` : Prisma.empty}
           ORDER BY ${Prisma.join(order, ", ")}
           LIMIT ${window.size + 1}
        ) x
    ) w
    WHERE w."_n" <= ${Math.max(window.size, 1)}
    ORDER BY w."_ord", w."_n"`;
  const byParent = new Map<string, { rows: R[]; fetched: number }>(parents.map((id) => [id, { rows: [], fetched: 0 }]));
  for (const row of rows) {
    const group = byParent.get(row._parent as string);
    if (!group) continue;
    group.fetched = Number(row._fetched);
    const child: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) if (!key.startsWith("_")) child[key] = value;
    group.rows.push(query.map(child));
  }
  return parents.map((id) => {
    const { rows: children, fetched } = byParent.get(id)!;
    return window.toPage(children, () => count(id), fetched > window.size);
  });
}

/** For child queries whose columns are already named as the row type's fields. */
export function asRow<R>(row: Record<string, unknown>): R {
  return row as R;
}

/** How many children each parent has (for totalCount, read only when asked for). */
export async function countsPerParent<R>(db: Db, query: ChildQuery<R>, parents: readonly string[]): Promise<number[]> {
  const rows = await db.$queryRaw<{ parent: string; n: number }[]>`
    SELECT p.parent, (SELECT count(*)::int FROM ${query.from} WHERE ${query.where(Prisma.raw("p.parent"))}) AS n
      FROM unnest(${[...parents]}::uuid[]) AS p(parent)`;
  const counts = new Map(rows.map((row) => [row.parent, row.n]));
  return parents.map((id) => counts.get(id) ?? 0);
}

/**
 * Batched pages of one edge for one operation: `(parent, args)` resolves one parent's page.
 * Parents asking for the same page arguments (siblings in a list) share one statement; the
 * count for totalCount is batched as well, and runs only when asked for.
 */
export function perParentPages<R extends { id: string }>(db: Db, query: ChildQuery<R>) {
  const pages = new Map<string, DataLoader<string, Page<R>>>();
  const counts = loader<string, number>((parents) => countsPerParent(db, query, parents));
  return (parent: string, args: PageArgs): Promise<Page<R>> => {
    const key = JSON.stringify([args.first, args.after, args.last, args.before]);
    let batch = pages.get(key);
    if (!batch) {
      batch = loader((parents) => pagesPerParent(db, query, parents, args, (id) => counts.load(id)));
      pages.set(key, batch);
    }
    return batch.load(parent);
  };
}
