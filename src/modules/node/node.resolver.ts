import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { fromGlobalId } from "../../shared/graphql/global-id";
import { Node, fromRow } from "../../shared/graphql/node.type";
import { Actor, ActorEvent } from "../actor/actor.type";
import { annotationFromRow } from "../annotation/annotation.type";
import { Article } from "../article/article.type";
import { Topic } from "../topic/topic.type";
import { User } from "../user/user.type";
import { commentFromRow } from "../comment/comment.type";
import { AnnotationEvent } from "../history/history.type";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "Refetches any object by its global id (Relay). Null when the id names nothing the viewer may see, including unpublished annotations for readers. Public.",
  })
  async node(
    @Arg("id", () => ID, { description: "Global id." }) id: string,
    @Ctx() { scope }: Context,
  ): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    switch (decoded.type) {
      case "Article": {
        const row = await scope.loaders.articleById.load(decoded.id);
        return row && fromRow(Article, row);
      }
      case "Actor": {
        const row = await scope.loaders.actorById.load(decoded.id);
        return row && fromRow(Actor, row);
      }
      case "Topic": {
        const row = await scope.loaders.topicById.load(decoded.id);
        return row && fromRow(Topic, row);
      }
      case "Quote":
      case "Claim": {
        const row = await scope.loaders.annotationById.load(decoded.id);
        const node = row && annotationFromRow(row);
        return node && node.constructor.name === decoded.type ? node : null;
      }
      // The loaders apply the viewer's row rules: readers see no accounts or comments, and of
      // history only the publications of published work.
      case "User": {
        const row = await scope.loaders.userById.load(decoded.id);
        return row && fromRow(User, row);
      }
      case "Comment": {
        const row = await scope.loaders.commentById.load(decoded.id);
        return row && commentFromRow(row);
      }
      case "ActorEvent": {
        const row = await scope.loaders.actorEventById.load(decoded.id);
        return row && fromRow(ActorEvent, row);
      }
      case "AnnotationEvent": {
        const row = await scope.loaders.eventById.load(decoded.id);
        return row && fromRow(AnnotationEvent, row);
      }
      default:
        return null;
    }
  }
}
