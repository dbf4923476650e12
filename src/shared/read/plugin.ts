import type { ApolloServerPlugin } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { FragmentDefinitionNode, GraphQLSchema } from "graphql";
import { getVariableValues, Kind } from "graphql";
import type { App, Context } from "../../context";
import { READ_MODELS } from "../../read";
import { isDomainError } from "../errors";
import { formatError } from "../graphql/error-format";
import { responseLimitError } from "../graphql/limits";
import { queryPrepared } from "../database/prisma";
import { assertWithinBudget } from "../operation";
import { planOperation } from "./planner";

/**
 * Answers a query operation with one planned SQL statement when the planner covers it
 * (planner.ts), before Apollo would execute it through the resolvers. Runs after the operation
 * gate: the request has passed its limits and its scope (viewer, policy) is open.
 */
export function plannedReads(app: App, schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const { limits } = app.config;
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, document, request, contextValue }) {
          if (!operation || operation.operation !== "query" || !contextValue.scope) return null;
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return null; // execution reports them
          const fragments = Object.fromEntries(
            document.definitions
              .filter(
                (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
              )
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const plan = planOperation({
            schema,
            fragments,
            operation,
            variables: variables.coerced,
            policy: contextValue.scope.policy,
            models: READ_MODELS,
          });
          if ("unplannable" in plan) {
            contextValue.logger.debug({ reason: plan.unplannable }, "read through the resolvers");
            contextValue.response.read = "resolvers";
            return null;
          }
          let text: string;
          try {
            const [row] = await queryPrepared<{ data: string }>(app.prisma, plan.sql);
            // A statement that outlived the operation's budget (it waited on a lock, say) is not
            // answered: the resolvers then stop before sending SQL, with the coded error.
            assertWithinBudget();
            text = row!.data;
          } catch (error) {
            // Out of time or the client left: the resolvers stop at once with the same error.
            // Anything else is the planner's fault; the resolvers answer, and the cause is logged.
            if (!isDomainError(error))
              contextValue.logger.warn({ err: error }, "planned read failed; resolvers answer");
            contextValue.response.read = "resolvers";
            return null;
          }
          contextValue.response.read = "planned";
          const http = { status: undefined, headers: new HeaderMap() };
          if (Buffer.byteLength(text, "utf8") > limits.responseBytes) {
            const tooLarge = responseLimitError(limits.responseBytes);
            return {
              http,
              body: { kind: "single", singleResult: { errors: [formatError(tooLarge.toJSON(), tooLarge)] } },
            };
          }
          return { http, body: { kind: "single", singleResult: { data: JSON.parse(text) } } };
        },
      };
    },
  };
}
