import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
} from "graphql";
import { getArgumentValues, getNamedType, isObjectType } from "graphql";
// graphql-js's own field collection (fragments, @skip/@include, merging of same-named fields):
// internal to graphql 16, which this project pins, and exactly what execution uses.
import { collectFields, collectSubfields } from "graphql/execution/collectFields";
import { Prisma } from "../../generated/prisma/client";
import type { ReadPolicy } from "../../policy";
import { refusedArguments } from "../graphql/validation";
import { openWindow } from "../pagination";
import type { Args, FieldModel, ObjectModel, ReadModels, Target } from "./model";
import { isInterface, orderColumns } from "./model";
import { and, cursorSql, globalIdSql, isoSql, jsonObjectSql, keysetSql, NotPlannable, orderSql } from "./sql";

/**
 * The planned read path: an operation whose every field the read model covers is compiled into
 * one SQL statement that builds the whole `data` object as JSON inside PostgreSQL, the way
 * PostGraphile and a hand-written query do. Rows never become Prisma objects or GraphQL
 * objects; each nested list is a correlated subquery that reads one page per parent in the
 * keyset order the resolvers use, with the viewer's row rules in its WHERE.
 *
 * What the planner does not cover — a field outside the model, a field rule that refuses the
 * viewer, arguments the resolvers would reject — makes the whole operation unplannable, and
 * the resolvers answer it as before (they also produce the errors). Both paths give the same
 * document; tests/integration/planned-reads.test.ts runs operations through both and compares.
 */
export interface PlanInput {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  policy: ReadPolicy;
  models: ReadModels;
}

export type Plan = { sql: Prisma.Sql } | { unplannable: string };

/** Compiles a query operation, or says why it cannot be planned. */
export function planOperation(input: PlanInput): Plan {
  try {
    return { sql: new Compiler(input).operation() };
  } catch (error) {
    if (error instanceof NotPlannable) return { unplannable: error.message };
    // Arguments the resolvers would refuse (a bad cursor, page size or id): they answer with the error.
    if (error instanceof Error && "code" in error) return { unplannable: `refused argument: ${error.message}` };
    throw error;
  }
}

const id = (t: string) => Prisma.raw(`${t}.id`);

class Compiler {
  private aliases = 0;
  constructor(private readonly input: PlanInput) {}

  operation(): Prisma.Sql {
    const { schema, operation, fragments, variables, models } = this.input;
    if (operation.operation !== "query") throw new NotPlannable(`a ${operation.operation}`);
    const root = schema.getQueryType()!;
    const fields = collectFields(schema, fragments, variables, root, operation.selectionSet);
    const entries = [...fields].map(([key, nodes]): [string, Prisma.Sql] => {
      const name = nodes[0]!.name.value;
      if (name === "__typename") return [key, Prisma.sql`'Query'`];
      const model = models.roots[name];
      if (!model) throw new NotPlannable(`Query.${name}`);
      return [key, this.field(model, root.getFields()[name]!, nodes, null)];
    });
    return Prisma.sql`SELECT ${jsonObjectSql(entries)}::text AS data`;
  }

  private alias(): string {
    return `t${++this.aliases}`;
  }

  /** The field's arguments; input objects the resolvers' validation would refuse leave the operation to them. */
  private args(definition: GraphQLField<unknown, unknown>, node: FieldNode): Args {
    const args = getArgumentValues(definition, node, this.input.variables);
    const refused = refusedArguments(definition, args);
    if (refused) throw new NotPlannable(`refused argument: ${refused.message}`);
    return args;
  }

  /** The SQL value of one field of the row under alias `t` (null for a root field). */
  private field(
    model: FieldModel,
    definition: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    t: string | null,
  ): Prisma.Sql {
    if (model.rule && !this.input.policy.field(model.rule).allowed) throw new NotPlannable(`refused ${model.rule}`);
    const parent = () => {
      if (t === null) throw new NotPlannable(`${definition.name} needs a parent row`);
      return t;
    };
    switch (model.kind) {
      case "value":
        return model.format === "datetime" ? isoSql(model.sql(parent())) : model.sql(parent());
      case "id":
        return globalIdSql(model.type, model.sql(parent()));
      case "json":
        return model.sql(parent());
      case "one": {
        const c = this.alias();
        const where = model.where(t, c, this.args(definition, nodes[0]!));
        return Prisma.sql`(SELECT ${this.object(model.target, c, nodes)} FROM ${model.target.from(c)}
          WHERE ${and([where, this.visible(model.target, c)])})`;
      }
      case "list": {
        const c = this.alias();
        return Prisma.sql`(SELECT coalesce(json_agg(${this.object(model.target, c, nodes)}
            ORDER BY ${model.order(c)}), '[]'::json)
          FROM ${model.from(c)} WHERE ${and([model.where(parent(), c), this.visible(model.target, c)])})`;
      }
      case "connection":
        return this.connection(model, definition, nodes, t);
    }
  }

  private visible(target: Target, c: string): Prisma.Sql | null {
    return target.visible ? target.visible(this.input.policy, c) : null;
  }

  /** The JSON object of a row of `target` under alias `c`, for the selection of `nodes`. */
  private object(target: Target, c: string, nodes: readonly FieldNode[]): Prisma.Sql {
    if (!isInterface(target)) return this.objectOf(target, c, nodes);
    const cases = target.variants.map(
      (variant) => Prisma.sql`WHEN ${variant.when(c)} THEN ${this.objectOf(variant.model, c, nodes)}`,
    );
    return Prisma.sql`(CASE ${Prisma.join(cases, " ")} END)`;
  }

  private objectOf(model: ObjectModel, c: string, nodes: readonly FieldNode[]): Prisma.Sql {
    const { schema, fragments, variables } = this.input;
    const type = schema.getType(model.type);
    if (!isObjectType(type)) throw new Error(`the read model names ${model.type}, which is not an object type`);
    const fields = collectSubfields(schema, fragments, variables, type, nodes);
    return jsonObjectSql(
      [...fields].map(([key, fieldNodes]) => {
        const name = fieldNodes[0]!.name.value;
        if (name === "__typename") return [key, Prisma.sql`${Prisma.raw(`'${model.type}'`)}`];
        const field = model.fields[name];
        if (!field) throw new NotPlannable(`${model.type}.${name}`);
        return [key, this.field(field, type.getFields()[name]!, fieldNodes, c)];
      }),
    );
  }

  /**
   * A Relay connection: one page of rows in keyset order (the page size plus one look-ahead row,
   * numbered), aggregated into edges and pageInfo as shared/pagination.ts's toPage builds them;
   * totalCount counts the whole list, only when selected.
   */
  private connection(
    model: Extract<FieldModel, { kind: "connection" }>,
    definition: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    t: string | null,
  ): Prisma.Sql {
    const { schema, fragments, variables } = this.input;
    const args = this.args(definition, nodes[0]!);
    const keys = model.keys(args);
    const window = openWindow(args, keys);
    const c = this.alias();
    const where = model.where(args, t, c, this.input.policy);
    const from = (alias: string) => (model.from ? model.from(args, alias) : model.target.from(alias));
    const connectionType = getNamedType(definition.type) as GraphQLObjectType;
    const fields = collectSubfields(schema, fragments, variables, connectionType, nodes);

    const columns = orderColumns(keys, id, c);
    const signature = window.columns.map((column) => `${column.field}:${column.direction}`).join(",");
    const cursor = cursorSql(signature, columns);
    const size = window.size;
    const bounds = [
      window.after ? keysetSql(columns, window.after, true) : null,
      window.before ? keysetSql(columns, window.before, false) : null,
    ];
    const filter = and([where, this.visible(model.target, c)]);
    // Output order: the fetch order, reversed when paging backward.
    const out = Prisma.raw(window.backward ? "p._n DESC" : "p._n");
    const reversed = Prisma.raw(window.backward ? "p._n" : "p._n DESC");
    const inPage = Prisma.sql`FILTER (WHERE p._n <= ${size})`;
    let cursors = false;
    let readsPage = false;

    const perRow: Prisma.Sql[] = [];
    const entries = [...fields].map(([key, fieldNodes]): [string, Prisma.Sql] => {
      const name = fieldNodes[0]!.name.value;
      switch (name) {
        case "__typename":
          return [key, Prisma.sql`${Prisma.raw(`'${connectionType.name}'`)}`];
        case "totalCount": {
          const k = this.alias();
          const count = and([model.where(args, t, k, this.input.policy), this.visible(model.target, k)]);
          return [key, Prisma.sql`(SELECT count(*)::int FROM ${from(k)} WHERE ${count})`];
        }
        case "edges": {
          readsPage = true;
          const edgeType = getNamedType(connectionType.getFields().edges!.type) as GraphQLObjectType;
          const edgeFields = collectSubfields(schema, fragments, variables, edgeType, fieldNodes);
          const edge = jsonObjectSql(
            [...edgeFields].map(([edgeKey, edgeNodes]): [string, Prisma.Sql] => {
              const edgeName = edgeNodes[0]!.name.value;
              if (edgeName === "__typename") return [edgeKey, Prisma.sql`${Prisma.raw(`'${edgeType.name}'`)}`];
              if (edgeName === "cursor") return [edgeKey, cursor];
              if (edgeName === "node") return [edgeKey, this.object(model.target, c, edgeNodes)];
              throw new NotPlannable(`${edgeType.name}.${edgeName}`);
            }),
          );
          const column = `_e${perRow.length}`;
          perRow.push(Prisma.sql`${edge} AS ${Prisma.raw(column)}`);
          return [key, Prisma.sql`coalesce(json_agg(p.${Prisma.raw(column)} ORDER BY ${out}) ${inPage}, '[]'::json)`];
        }
        case "pageInfo": {
          readsPage = true;
          const pageInfoType = getNamedType(connectionType.getFields().pageInfo!.type) as GraphQLObjectType;
          const infoFields = collectSubfields(schema, fragments, variables, pageInfoType, fieldNodes);
          const more = Prisma.sql`count(*) > ${size}`;
          const first = (order: Prisma.Sql) => {
            cursors = true;
            return Prisma.sql`(array_agg(p._cursor ORDER BY ${order}) ${inPage})[1]`;
          };
          return [
            key,
            jsonObjectSql(
              [...infoFields].map(([infoKey, infoNodes]): [string, Prisma.Sql] => {
                switch (infoNodes[0]!.name.value) {
                  case "__typename":
                    return [infoKey, Prisma.sql`'PageInfo'`];
                  case "hasNextPage":
                    return [infoKey, window.backward ? Prisma.sql`${window.before !== undefined}::boolean` : more];
                  case "hasPreviousPage":
                    return [infoKey, window.backward ? more : Prisma.sql`${window.after !== undefined}::boolean`];
                  case "startCursor":
                    return [infoKey, first(out)];
                  case "endCursor":
                    return [infoKey, first(reversed)];
                  default:
                    throw new NotPlannable(`PageInfo.${infoNodes[0]!.name.value}`);
                }
              }),
            ),
          ];
        }
        default:
          throw new NotPlannable(`${connectionType.name}.${name}`);
      }
    });
    // Only totalCount (or __typename) asked: no page to read.
    if (!readsPage) return jsonObjectSql(entries);
    if (cursors) perRow.push(Prisma.sql`${cursor} AS _cursor`);
    const page = Prisma.sql`SELECT ${Prisma.join([...perRow, Prisma.sql`1 AS _row`], ", ")},
        row_number() OVER (ORDER BY ${orderSql(columns, window.backward)}) AS _n
      FROM ${from(c)}
      WHERE ${and([filter, ...bounds])}
      ORDER BY ${orderSql(columns, window.backward)}
      LIMIT ${size + 1}`;
    return Prisma.sql`(SELECT ${jsonObjectSql(entries)} FROM (${page}) p)`;
  }
}
