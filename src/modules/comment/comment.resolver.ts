import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId, optionalGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { attempt } from "../../shared/graphql/payload.type";
import { Annotation } from "../annotation/annotation.type";
import { User } from "../user/user.type";
import { AddCommentInput, AddCommentPayload, Comment, CommentConnection, commentFromRow } from "./comment.type";

@Resolver(() => Comment)
export class CommentResolver {
  @Authorized()
  @Mutation(() => AddCommentPayload, {
    description: "Comments on an annotation, or replies to a comment. Editors only.",
  })
  async addComment(
    @Arg("input", () => AddCommentInput, { description: "The comment." }) input: AddCommentInput,
    @Ctx() { services, scope }: Context,
  ): Promise<AddCommentPayload> {
    const { value, errors } = await attempt(() =>
      services.comments.add(scope.viewer, {
        ...input,
        annotationId: expectGlobalId(input.annotationId, ["Quote", "Claim"], ["input", "annotationId"]),
        parentId: optionalGlobalId(input.parentId, ["Comment"], ["input", "parentId"]),
      }),
    );
    return { comment: value && commentFromRow(value), errors };
  }

  @FieldResolver(() => User, { nullable: true, description: "Who wrote it." })
  async author(@Root() comment: Comment, @Ctx() { scope }: Context) {
    const row = comment.authorId ? await scope.loaders.userById.load(comment.authorId) : null;
    return row && fromRow(User, row);
  }
}

@Resolver(() => Annotation)
export class AnnotationCommentsResolver {
  @FieldResolver(() => CommentConnection, {
    nullable: true,
    description:
      "Editors' comments, oldest first (threads via parentId). Editors only: for readers it is null, with an UNAUTHENTICATED error at its path, and the annotation itself still resolves.",
  })
  async comments(
    @Root() annotation: Annotation,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { scope }: Context,
  ) {
    scope.policy.require("Annotation.comments");
    return toConnection(await scope.loaders.commentPage(annotation.dbId, args), commentFromRow);
  }
}
