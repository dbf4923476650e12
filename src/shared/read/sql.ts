import { Prisma } from "../../generated/prisma/client";
import type { SortType, SortValue } from "../pagination";

/**
 * SQL that produces, inside PostgreSQL, exactly the JSON values the GraphQL layer would: global
 * ids, DateTimeISO strings, and keyset cursors byte for byte as shared/graphql/global-id.ts and
 * shared/pagination.ts write them, so that a planned response and one built by the resolvers
 * are the same document, and cursors from either work in both.
 */

const raw = Prisma.raw;

/** Thrown while planning when an operation is outside what the planner reads; the resolvers answer it. */
export class NotPlannable extends Error {}

/** base64url without padding (RFC 4648 §5), as Buffer's "base64url" writes it. */
function base64url(text: Prisma.Sql): Prisma.Sql {
  // encode() wraps lines every 76 characters; translate() drops the newlines and the padding.
  return Prisma.sql`translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/\\n=', '-_')`;
}

/** The global id of a row of `type` (toGlobalId: base64url of "<Type>:<id>"). */
export function globalIdSql(type: string, id: Prisma.Sql): Prisma.Sql {
  return base64url(Prisma.sql`${raw(`'${safeName(type)}:'`)} || ${id}::text`);
}

/** A timestamptz as DateTimeISO serialises a Date: toISOString(), UTC with milliseconds. */
export function isoSql(time: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${time} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A column of an ordering, with the SQL it sorts on. */
export interface OrderColumn {
  sql: Prisma.Sql;
  direction: "asc" | "desc";
  type: SortType;
  nullable?: boolean;
}

/** One value as JSON.stringify writes it inside a cursor. */
function cursorValue(column: OrderColumn): Prisma.Sql {
  const json =
    column.type === "int"
      ? Prisma.sql`(${column.sql})::text`
      : column.type === "date"
        ? Prisma.sql`to_json(${isoSql(column.sql)})::text`
        : Prisma.sql`to_json((${column.sql})::text)::text`;
  return Prisma.sql`coalesce(${json}, 'null')`;
}

/**
 * The cursor of a row: base64url of {"o":<signature>,"k":[<sort values>,<id>]}, as
 * pagination.ts encodes it.
 */
export function cursorSql(signature: string, columns: OrderColumn[]): Prisma.Sql {
  const values = Prisma.join(columns.map(cursorValue), ` || ',' || `);
  const prefix = `{"o":${JSON.stringify(signature)},"k":[`;
  return base64url(Prisma.sql`${prefix}::text || ${values} || ']}'`);
}

function literal(value: SortValue, column: OrderColumn): Prisma.Sql {
  const cast = { uuid: "uuid", date: "timestamptz", int: "int", text: "text" }[column.type];
  return Prisma.sql`${value instanceof Date ? value.toISOString() : value}::${raw(cast)}`;
}

/**
 * Rows strictly after (`towardEnd`) or before `values` in the order of `columns`, nulls last in
 * the forward direction: the keyset condition pagination.ts builds for Prisma, in SQL.
 */
export function keysetSql(columns: OrderColumn[], values: SortValue[], towardEnd: boolean): Prisma.Sql {
  const equal = (column: OrderColumn, value: SortValue) =>
    value === null ? Prisma.sql`${column.sql} IS NULL` : Prisma.sql`${column.sql} = ${literal(value, column)}`;
  const strictly = (column: OrderColumn, value: SortValue): Prisma.Sql | null => {
    const greater = (column.direction === "asc") === towardEnd;
    const compare = (v: SortValue) => Prisma.sql`${column.sql} ${raw(greater ? ">" : "<")} ${literal(v, column)}`;
    if (towardEnd) {
      if (value === null) return null; // nulls come last: nothing follows a null
      return column.nullable ? Prisma.sql`(${compare(value)} OR ${column.sql} IS NULL)` : compare(value);
    }
    return value === null ? Prisma.sql`${column.sql} IS NOT NULL` : compare(value);
  };
  const clauses: Prisma.Sql[] = [];
  columns.forEach((column, i) => {
    const strict = strictly(column, values[i]!);
    if (!strict) return;
    const earlier = columns.slice(0, i).map((previous, j) => equal(previous, values[j]!));
    clauses.push(Prisma.sql`(${Prisma.join([...earlier, strict], " AND ")})`);
  });
  return clauses.length ? Prisma.sql`(${Prisma.join(clauses, " OR ")})` : Prisma.sql`FALSE`;
}

/** ORDER BY items for `columns`, reversed when paging backward (nulls last going forward). */
export function orderSql(columns: OrderColumn[], backward: boolean): Prisma.Sql {
  return Prisma.join(
    columns.map((column) => {
      const ascending = (column.direction === "asc") !== backward;
      const nulls = column.nullable ? (backward ? " NULLS FIRST" : " NULLS LAST") : "";
      return Prisma.sql`${column.sql} ${raw(`${ascending ? "ASC" : "DESC"}${nulls}`)}`;
    }),
    ", ",
  );
}

/** A GraphQL name (response key, type name): checked before it is written into SQL as a literal. */
export function safeName(name: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new Error(`not a GraphQL name: ${name}`);
  return name;
}

/** json_build_object of response keys and values, in selection order. */
export function jsonObjectSql(entries: [key: string, value: Prisma.Sql][]): Prisma.Sql {
  if (entries.length === 0) return Prisma.sql`'{}'::json`;
  // A PostgreSQL function takes at most 100 arguments.
  if (entries.length > 50) throw new NotPlannable("more than 50 fields in one selection");
  return Prisma.sql`json_build_object(${Prisma.join(
    entries.map(([key, value]) => Prisma.sql`${raw(`'${safeName(key)}'`)}, ${value}`),
    ", ",
  )})`;
}

export const and = (conditions: (Prisma.Sql | null | undefined)[]): Prisma.Sql => {
  const present = conditions.filter((condition): condition is Prisma.Sql => Boolean(condition));
  return present.length ? Prisma.join(present, " AND ") : Prisma.sql`TRUE`;
};
