import type { Prisma } from "../../generated/prisma/client";
import type { FieldName, ReadPolicy } from "../../policy";
import type { SortKey } from "../pagination";
import type { OrderColumn } from "./sql";

/**
 * How the GraphQL types read from PostgreSQL: the read model the planner (planner.ts) compiles
 * an operation's selection against. Each module describes its own types (`<noun>.read.ts`);
 * src/read.ts puts them together.
 *
 * SQL is written for a table alias `t` (a plain identifier the planner chooses); joined tables
 * take aliases derived from it (`${t}_q`).
 */

/** Where rows of a type come from, and which of them a viewer sees. */
export interface Source {
  /** FROM items for one row of the type under alias `t` (joins included). */
  from(t: string): Prisma.Sql;
  /** The row rule, merged into every read of the type; absent: every row. */
  visible?(policy: ReadPolicy, t: string): Prisma.Sql;
}

/** An object type and how each of its fields reads. */
export interface ObjectModel extends Source {
  type: string;
  fields: Record<string, FieldModel>;
}

/** An interface whose rows are one of several object types (Quote or Claim), told apart in SQL. */
export interface InterfaceModel extends Source {
  variants: { model: ObjectModel; when(t: string): Prisma.Sql }[];
}

export type Target = ObjectModel | InterfaceModel;

/** Page arguments and the field's other arguments, as GraphQL coerced them. */
export type Args = Record<string, unknown>;

/** A sort key of a list, with the SQL it sorts on (its `field` names it in cursors). */
export type SqlKey<R = never> = SortKey<R> & { sql(t: string): Prisma.Sql };

export type FieldModel = (
  | { kind: "value"; sql(t: string): Prisma.Sql; format?: "datetime" }
  | { kind: "id"; type: string; sql(t: string): Prisma.Sql }
  /** A JSON value computed in SQL as a whole (a list of strings, say). */
  | { kind: "json"; sql(t: string): Prisma.Sql }
  /**
   * At most one row of `target`: `where` relates it (alias `c`) to the parent (alias `t`), or,
   * for a root field (`t` null), picks it by the field's arguments.
   */
  | { kind: "one"; target: Target; where(t: string | null, c: string, args: Args): Prisma.Sql }
  /** Every related row, in `order`: `from` and `where` reach them from the parent. */
  | {
      kind: "list";
      target: Target;
      from(c: string): Prisma.Sql;
      where(t: string, c: string): Prisma.Sql;
      order(c: string): Prisma.Sql;
    }
  /** A Relay connection of `target` rows that `where` selects, in the order of `keys`; `t` is null at the root. */
  | {
      kind: "connection";
      target: Target;
      /** FROM items for the rows under alias `c`, when the list needs more than the target's (a search's tsquery). */
      from?(args: Args, c: string): Prisma.Sql;
      where(args: Args, t: string | null, c: string, policy: ReadPolicy): Prisma.Sql;
      keys(args: Args): SqlKey<never>[];
    }
) & {
  /** A field rule (policy.ts): planned only for viewers it allows; others get the resolvers' error. */
  rule?: FieldName;
};

/** The root fields the planner answers, and the object types it can read. */
export interface ReadModels {
  roots: Record<string, FieldModel>;
}

export function isInterface(target: Target): target is InterfaceModel {
  return "variants" in target;
}

/** The columns of an ordering for `t`, the row id appended (as pagination.ts appends it). */
export function orderColumns(keys: SqlKey<never>[], id: (t: string) => Prisma.Sql, t: string): OrderColumn[] {
  const direction = keys[keys.length - 1]?.direction ?? "asc";
  return [
    ...keys.map((key) => ({ sql: key.sql(t), direction: key.direction, type: key.type, nullable: key.nullable })),
    { sql: id(t), direction, type: "uuid" as const },
  ];
}
