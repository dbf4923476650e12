import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ActorResolver } from "./modules/actor/actor.resolver";
import { AnnotationResolver, ClaimResolver, QuoteResolver } from "./modules/annotation/annotation.resolver";
import { ArticleResolver } from "./modules/article/article.resolver";
import { NodeResolver } from "./modules/node/node.resolver";
import { TopicResolver } from "./modules/topic/topic.resolver";
import { validateArgument } from "./shared/graphql/validation";

export const resolvers = [
  ArticleResolver,
  ActorResolver,
  AnnotationResolver,
  QuoteResolver,
  ClaimResolver,
  TopicResolver,
  NodeResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // Every argument object is validated at the edge; see validateArgument.
    validateFn: validateArgument,
  });
}

/** The SDL committed as schema.graphql (sorted, so that it diffs cleanly). */
export function printSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
