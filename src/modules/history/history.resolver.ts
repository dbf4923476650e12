import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from "type-graphql";
import type { PublishedEvent } from "./history.events";
import { ANNOTATION_EVENTS } from "./history.events";
import { seesEvent } from "../annotation/annotation.policy";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId, optionalGlobalId, fromGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { pageArray } from "../../shared/pagination";
import { Annotation, annotationFromRow } from "../annotation/annotation.type";
import { seesUnpublished } from "../../shared/access";
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
        userId: optionalGlobalId(filter?.user, ["User"], ["filter", "user"]),
        articleId: optionalGlobalId(filter?.article, ["Article"], ["filter", "article"]),
      },
      args,
    );
    return toConnection(page, (row) => fromRow(AnnotationEvent, row));
  }

  @Subscription(() => AnnotationEvent, {
    description:
      'Live history events over the graphql-ws protocol, each sent after its transaction commits, from whichever server instance made the change. Editors receive every event; readers only publications (moves to PUBLISHED). Send the token as the connection parameter `authorization: "Bearer <token>"`.',
    // Called once, when the subscription starts: a malformed article id is refused then.
    topics: ({ args }) => {
      if (args.articleId) expectGlobalId(args.articleId as string, ["Article"], ["articleId"]);
      return ANNOTATION_EVENTS;
    },
    filter: async ({
      payload,
      args,
      context,
    }: {
      payload: PublishedEvent;
      args: { articleId?: string | null };
      context: Context;
    }) => {
      const articleId = args.articleId ? fromGlobalId(args.articleId)?.id : null;
      if (articleId && payload.articleId !== articleId) return false;
      return seesEvent(await context.currentViewer(payload), payload.event);
    },
  })
  async annotationEvents(
    @Root() published: PublishedEvent,
    @Arg("articleId", () => ID, { nullable: true, description: "Only events on annotations of this article." })
    _articleId: string | null,
    @Ctx() { currentViewer }: Context,
  ): Promise<AnnotationEvent> {
    // Readers get the fact of a publication, never editorial detail.
    const { event } = published;
    const editor = seesUnpublished(await currentViewer(published));
    return fromRow(AnnotationEvent, editor ? event : { ...event, comment: null, changes: null, userId: null });
  }

  @FieldResolver(() => Annotation, {
    nullable: true,
    description: "The annotation the event is about; null when the viewer may not see it.",
  })
  async annotation(@Root() event: AnnotationEvent, @Ctx() { loaders }: Context) {
    const row = await loaders.annotationById.load(event.annotationId);
    return row && annotationFromRow(row);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "Who caused it; null for the system, a deleted user, and for readers.",
  })
  async user(@Root() event: AnnotationEvent, @Ctx() { loaders, viewer }: Context) {
    const row = event.userId && viewer.kind === "user" ? await loaders.userById.load(event.userId) : null;
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
