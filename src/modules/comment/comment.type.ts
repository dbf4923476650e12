import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Length } from "class-validator";
import type { Comment as CommentRow } from "../../generated/prisma/client";
import { fromRow, Node } from "../../shared/graphql/node.type";
import { ConnectionType } from "../../shared/graphql/connection.type";
import { MutationPayload } from "../../shared/graphql/payload.type";

@ObjectType({ implements: Node, description: "An editor's comment on an annotation; threads through `parentId`." })
export class Comment extends Node {
  protected readonly typeName = "Comment";
  annotationId!: string;
  authorId!: string | null;

  @Field(() => ID, { nullable: true, description: "The comment this one replies to; null for a new thread." })
  get parentId(): string | null {
    return this.parentDbId && Buffer.from(`Comment:${this.parentDbId}`, "utf8").toString("base64url");
  }
  parentDbId!: string | null;

  @Field(() => String, { description: "The text." })
  body!: string;

  @Field(() => Date, { description: "When it was written." })
  createdAt!: Date;
}

export const CommentConnection = ConnectionType(Comment, "Comment");

/** Builds the GraphQL object for a comment row (its parent id becomes a global id on demand). */
export function commentFromRow(row: CommentRow): Comment {
  const { parentId, ...rest } = row;
  return Object.assign(fromRow(Comment, rest), { parentDbId: parentId });
}

@InputType({ description: "A comment on an annotation." })
export class AddCommentInput {
  @Field(() => ID, { description: "The quote or claim commented on." })
  annotationId!: string;

  @Field(() => String, { description: "The text." })
  @Length(1, 10_000)
  body!: string;

  @Field(() => ID, { nullable: true, description: "The comment this one replies to (same annotation)." })
  parentId?: string | null;
}

@ObjectType({ description: "Result of addComment." })
export class AddCommentPayload extends MutationPayload {
  @Field(() => Comment, { nullable: true, description: "The new comment; null on error." })
  comment!: Comment | null;
}
