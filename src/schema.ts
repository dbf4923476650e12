import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { GraphQLError } from "graphql";
import { ErrorCode } from "./shared/errors";
import type { EventHub } from "./modules/history/history.events";
import { createEventHub } from "./modules/history/history.events";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ActorResolver } from "./modules/actor/actor.resolver";
import { AnnotationResolver, ClaimResolver, QuoteResolver } from "./modules/annotation/annotation.resolver";
import { ArticleResolver } from "./modules/article/article.resolver";
import { NodeResolver } from "./modules/node/node.resolver";
import { TopicResolver } from "./modules/topic/topic.resolver";
import { UserResolver } from "./modules/user/user.resolver";
import { WorkflowResolver } from "./modules/workflow/workflow.resolver";
import { AnnotationHistoryResolver, HistoryResolver } from "./modules/history/history.resolver";
import { AnnotationCommentsResolver, CommentResolver } from "./modules/comment/comment.resolver";
import type { Context } from "./context";
import type { AuthChecker } from "type-graphql";
import { validateArgument } from "./shared/graphql/validation";

export const resolvers = [
  ArticleResolver,
  ActorResolver,
  AnnotationResolver,
  QuoteResolver,
  ClaimResolver,
  TopicResolver,
  NodeResolver,
  UserResolver,
  WorkflowResolver,
  HistoryResolver,
  AnnotationHistoryResolver,
  CommentResolver,
  AnnotationCommentsResolver,
] as const;

/**
 * The one check behind @Authorized(...roles): signed in, and (when roles are listed) one of
 * them. Row rules (ownership, state, four eyes) live in the services and policies.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  // Anonymous callers are told to sign in (UNAUTHENTICATED) whether or not roles are listed;
  // a signed-in user without the role gets type-graphql's UNAUTHORIZED, served as FORBIDDEN.
  if (context.viewer.kind !== "user") {
    throw new GraphQLError("Sign in to do this.", { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  return roles.length === 0 || roles.includes(context.viewer.role);
};

/** Builds the schema; `hub` is the instance's fan-out for subscriptions (see history.events.ts). */
export async function createSchema(hub: EventHub = createEventHub()): Promise<GraphQLSchema> {
  return buildSchema({
    pubSub: hub,
    resolvers,
    // Every argument object is validated at the edge; see validateArgument.
    validateFn: validateArgument,
    authChecker,
  });
}

/** The SDL committed as schema.graphql (sorted, so that it diffs cleanly). */
export function printSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
