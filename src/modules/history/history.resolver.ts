import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { pageArray } from "../../shared/pagination";
import { Annotation } from "../annotation/annotation.type";
import { User } from "../user/user.type";
import { AnnotationEvent, AnnotationEventConnection, EventFilter } from "./history.type";

@Resolver(() => AnnotationEvent)
export class HistoryResolver {
  @Authorized("ADMIN")
  @Query(() => AnnotationEventConnection, { description: "Every annotation event, oldest first. Admins only." })
  async events(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => EventFilter, { nullable: true, description: "Conditions the events must meet." })
    filter: EventFilter | null,
    @Ctx() { services }: Context,
  ) {
    const page = await services.history.list(
      {
        ...filter,
        userId: filter?.user ? expectGlobalId(filter.user, ["User"], ["filter", "user"]) : null,
        articleId: filter?.article ? expectGlobalId(filter.article, ["Article"], ["filter", "article"]) : null,
      },
      args,
    );
    return toConnection(page, (row) => fromRow(AnnotationEvent, row));
  }

  @FieldResolver(() => User, { nullable: true, description: "Who caused it; null for the system or a deleted user." })
  async user(@Root() event: AnnotationEvent, @Ctx() { loaders }: Context) {
    const row = event.userId ? await loaders.userById.load(event.userId) : null;
    return row && fromRow(User, row);
  }
}

@Resolver(() => Annotation)
export class AnnotationHistoryResolver {
  @Authorized()
  @FieldResolver(() => AnnotationEventConnection, {
    description: "Every create, edit, move and comment, oldest first. Editors only; never shown to readers.",
  })
  async history(
    @Root() annotation: Annotation,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    const rows = await loaders.eventsByAnnotationId.load(annotation.dbId);
    return toConnection(pageArray(rows, args), (row) => fromRow(AnnotationEvent, row));
  }
}
