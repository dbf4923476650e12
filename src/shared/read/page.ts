import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../database/prisma";
import { queryPrepared } from "../database/prisma";
import type { Page, PageArgs } from "../pagination";
import { openWindow } from "../pagination";
import type { SqlKey } from "./model";
import { orderColumns } from "./model";
import { and, keysetSql, orderSql } from "./sql";

/**
 * One page of a root list read with SQL, for the resolvers: the same keyset conditions, order
 * and cursors as the planner's connections (planner.ts), for lists whose filter Prisma's `where`
 * cannot express (full-text search, relevance order). `columns` names each column as the row
 * type's field; the sort values are selected again as `_k0…` and the cursors are made from them.
 */
export async function pageOfSql<R extends { id: string }>(
  db: Db,
  options: {
    args: PageArgs;
    keys: SqlKey<never>[];
    /** FROM items under alias `t`. */
    from: Prisma.Sql;
    t: string;
    columns: Prisma.Sql;
    where: Prisma.Sql;
  },
): Promise<Page<R>> {
  const { t, from, where } = options;
  const keys = options.keys.map((key, i) => ({ ...key, value: (row: R) => sortValue(row, i) }));
  const window = openWindow(options.args, keys);
  const columns = orderColumns(options.keys, (alias) => Prisma.raw(`${alias}.id`), t);
  const sortValues = options.keys.map((key, i) => Prisma.sql`${key.sql(t)} AS ${Prisma.raw(`"_k${i}"`)}`);
  const bounds = [
    window.after ? keysetSql(columns, window.after, true) : null,
    window.before ? keysetSql(columns, window.before, false) : null,
  ];
  const rows = await queryPrepared<R>(
    db,
    Prisma.sql`SELECT ${Prisma.join([options.columns, ...sortValues], ", ")}
      FROM ${from} WHERE ${and([where, ...bounds])}
      ORDER BY ${orderSql(columns, window.backward)} LIMIT ${window.size + 1}`,
  );
  return window.toPage(rows, async () => {
    const [row] = await queryPrepared<{ n: number }>(
      db,
      Prisma.sql`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`,
    );
    return row!.n;
  });
}

function sortValue(row: object, i: number) {
  const value = (row as Record<string, unknown>)[`_k${i}`];
  return value === undefined ? null : (value as string | number | Date | null);
}
