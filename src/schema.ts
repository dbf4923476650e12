import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import type { EventHub } from "./modules/history/history.events";
import { createEventHub } from "./modules/history/history.events";
import { enforce, hasRole } from "./shared/access/access.policy";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ActorEventResolver, ActorResolver } from "./modules/actor/actor.resolver";
import { AnnotationResolver, ClaimResolver, QuoteResolver } from "./modules/annotation/annotation.resolver";
import { ArticleResolver, ArticleRevisionResolver } from "./modules/article/article.resolver";
import { NodeResolver } from "./modules/node/node.resolver";
import { SearchResolver } from "./modules/search/search.resolver";
import { LedgerResolver } from "./modules/ledger/ledger.resolver";
import { ArticleExportResolver } from "./modules/export/export.resolver";
import { TopicResolver } from "./modules/topic/topic.resolver";
import { UserResolver } from "./modules/user/user.resolver";
import { WorkflowResolver } from "./modules/workflow/workflow.resolver";
import { AnnotationHistoryResolver, HistoryResolver } from "./modules/history/history.resolver";
import { AnnotationCommentsResolver, CommentResolver } from "./modules/comment/comment.resolver";
import type { Context } from "./context";
import type { AuthChecker } from "type-graphql";
import { validateArgument } from "./shared/graphql/validation";
import { DateTimeScalar } from "./shared/graphql/date.scalar";

export const resolvers = [
  ArticleResolver,
  ArticleRevisionResolver,
  ActorResolver,
  ActorEventResolver,
  AnnotationResolver,
  QuoteResolver,
  ClaimResolver,
  TopicResolver,
  NodeResolver,
  SearchResolver,
  LedgerResolver,
  UserResolver,
  WorkflowResolver,
  HistoryResolver,
  AnnotationHistoryResolver,
  CommentResolver,
  AnnotationCommentsResolver,
  ArticleExportResolver,
] as const;

/**
 * The one check behind @Authorized(...roles), asked of the operation's scope: signed in, and
 * (when roles are listed) one of them. Anonymous callers are told to sign in
 * (UNAUTHENTICATED); a signed-in user without the role is FORBIDDEN. Row and field rules live
 * in the policy files.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  enforce(hasRole(context.scope.viewer, roles));
  return true;
};

/**
 * Builds the schema. `hub` is the instance's fan-out of live events; subscriptions read it
 * through their context (subscriptions.ts), type-graphql only insists on being given it.
 */
export async function createSchema(hub: EventHub = createEventHub()): Promise<GraphQLSchema> {
  return buildSchema({
    pubSub: hub,
    resolvers,
    // Every argument object is validated at the edge; see validateArgument.
    validateFn: validateArgument,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
}

/** The SDL committed as schema.graphql (sorted, so that it diffs cleanly). */
export function printSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
