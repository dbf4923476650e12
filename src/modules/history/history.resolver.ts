import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import type { AnnotationEvent as AnnotationEventRow } from "../../generated/prisma/client";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId, optionalGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { Annotation, annotationFromRow } from "../annotation/annotation.type";
import { User } from "../user/user.type";
import { liveEvents } from "./history.events";
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
        userId: optionalGlobalId(filter?.user, ["User"], ["filter", "user"]),
        articleId: optionalGlobalId(filter?.article, ["Article"], ["filter", "article"]),
      },
      args,
    );
    return toConnection(page, (row) => fromRow(AnnotationEvent, row));
  }

  @Subscription(() => AnnotationEvent, {
    description:
      'Live history events over the graphql-ws protocol, each sent after its transaction commits, from whichever server instance made the change. Editors receive every event; readers only publications (moves to PUBLISHED), without who made them, the diff or the comment. Each event is checked against the subscriber as of that event: a session that has expired or been disabled closes the connection (code 4403). Send the token as the connection parameter `authorization: "Bearer <token>"`.',
    // The subscriber's scope is rebuilt for every event and installed on the operation's
    // context before the event's selection runs, so fields resolve for the viewer as of now.
    subscribe: ({ args, context }) => {
      const articleId = args.articleId ? expectGlobalId(args.articleId as string, ["Article"], ["articleId"]) : null;
      const live = (context as Context).live;
      if (!live) throw new Error("subscriptions are served over graphql-ws only");
      return liveEvents(live.hub, {
        articleId,
        open: live.open,
        install: (scope) => ((context as Context).scope = scope),
      });
    },
  })
  annotationEvents(
    @Root() event: AnnotationEventRow,
    @Arg("articleId", () => ID, { nullable: true, description: "Only events on annotations of this article." })
    _articleId: string | null,
  ): AnnotationEvent {
    return fromRow(AnnotationEvent, event);
  }

  @FieldResolver(() => Annotation, {
    nullable: true,
    description: "The annotation the event is about, as it is now; null when the viewer may not see it.",
  })
  async annotation(@Root() event: AnnotationEvent, @Ctx() { scope }: Context) {
    const row = await scope.loaders.annotationById.load(event.annotationId);
    return row && annotationFromRow(row);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "Who caused it; null for the system or a deleted user. Editors only.",
  })
  async user(@Root() event: AnnotationEvent, @Ctx() { scope }: Context) {
    scope.policy.require("AnnotationEvent.user");
    const row = event.userId ? await scope.loaders.userById.load(event.userId) : null;
    return row && fromRow(User, row);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "For CREATED and UPDATED: { field: { from, to } } for each set or changed field (actor ids are database ids). Editors only.",
  })
  changes(@Root() event: AnnotationEvent, @Ctx() { scope }: Context): Record<string, unknown> | null {
    scope.policy.require("AnnotationEvent.changes");
    return event.changes;
  }

  @FieldResolver(() => String, { nullable: true, description: "The comment or reason given with it. Editors only." })
  comment(@Root() event: AnnotationEvent, @Ctx() { scope }: Context): string | null {
    scope.policy.require("AnnotationEvent.comment");
    return event.comment;
  }
}

@Resolver(() => Annotation)
export class AnnotationHistoryResolver {
  @FieldResolver(() => AnnotationEventConnection, {
    nullable: true,
    description:
      "Every create, edit, move and comment, oldest first. Editors only: for readers it is null, with an UNAUTHENTICATED error at its path, and the annotation itself still resolves.",
  })
  async history(
    @Root() annotation: Annotation,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { scope }: Context,
  ) {
    scope.policy.require("Annotation.history");
    const page = await scope.loaders.historyPage(annotation.dbId, args);
    return toConnection(page, (row) => fromRow(AnnotationEvent, row));
  }
}
