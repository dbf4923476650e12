import type { GraphQLSchema } from "graphql";
import { Kind, parse } from "graphql";
import type { Client } from "pg";
import type { Prisma } from "../../src/generated/prisma/client";
import { readPolicy } from "../../src/policy";
import { READ_MODELS } from "../../src/read";
import type { Viewer } from "../../src/shared/access/viewer";
import { READER } from "../../src/shared/access/viewer";
import { planOperation } from "../../src/shared/read/planner";

/** The statement the planned read path sends for `query` (as a reader unless `viewer` says otherwise). */
export function plannedSql(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer = READER,
): Prisma.Sql {
  const operation = parse(query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error("no operation");
  const result = planOperation({
    schema,
    fragments: {},
    operation,
    variables,
    policy: readPolicy(viewer),
    models: READ_MODELS,
  });
  if (!("sql" in result)) throw new Error(`not planned: ${result.unplannable}`);
  return result.sql;
}

/** PostgreSQL's plan for `sql`, as EXPLAIN prints it. */
export async function explain(client: Client, sql: Prisma.Sql): Promise<string> {
  const { rows } = await client.query(`EXPLAIN ${sql.text}`, sql.values as unknown[]);
  return rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n");
}
