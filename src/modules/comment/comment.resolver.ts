import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Comment as CommentRow } from "../../generated/prisma/client";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId, optionalGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { attempt } from "../../shared/graphql/payload.type";
import { pageArray } from "../../shared/pagination";
import { Annotation } from "../annotation/annotation.type";
import { User } from "../user/user.type";
import { AddCommentInput, AddCommentPayload, Comment, CommentConnection } from "./comment.type";

export function commentFromRow(row: CommentRow): Comment {
  const { parentId, ...rest } = row;
  return Object.assign(fromRow(Comment, rest), { parentDbId: parentId });
}

@Resolver(() => Comment)
export class CommentResolver {
  @Authorized()
  @Mutation(() => AddCommentPayload, {
    description: "Comments on an annotation, or replies to a comment. Editors only.",
  })
  async addComment(
    @Arg("input", () => AddCommentInput, { description: "The comment." }) input: AddCommentInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<AddCommentPayload> {
    const { value, errors } = await attempt(() =>
      services.comments.add(viewer, {
        ...input,
        annotationId: expectGlobalId(input.annotationId, ["Quote", "Claim"], ["input", "annotationId"]),
        parentId: optionalGlobalId(input.parentId, ["Comment"], ["input", "parentId"]),
      }),
    );
    return { comment: value && commentFromRow(value), errors };
  }

  @FieldResolver(() => User, { nullable: true, description: "Who wrote it." })
  async author(@Root() comment: Comment, @Ctx() { loaders }: Context) {
    const row = comment.authorId ? await loaders.userById.load(comment.authorId) : null;
    return row && fromRow(User, row);
  }
}

@Resolver(() => Annotation)
export class AnnotationCommentsResolver {
  @Authorized()
  @FieldResolver(() => CommentConnection, {
    description: "Editors' comments, oldest first (threads via parentId). Editors only; never shown to readers.",
  })
  async comments(
    @Root() annotation: Annotation,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    return toConnection(pageArray(await loaders.commentsByAnnotationId.load(annotation.dbId), args), commentFromRow);
  }
}
