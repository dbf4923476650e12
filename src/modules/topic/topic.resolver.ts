import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { fromRow } from "../../shared/graphql/node.type";
import { Topic, TopicConnection } from "./topic.type";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: "The claim topic vocabulary, ordered by key. Public." })
  async topics(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { services }: Context) {
    return toConnection(await services.topics.list(args), (row) => fromRow(Topic, row));
  }
}
