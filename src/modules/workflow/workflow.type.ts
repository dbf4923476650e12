import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsInt, IsOptional, MaxLength, Min } from "class-validator";
import { AnnotationStatus } from "../../shared/graphql/enums";
import { Annotation } from "../annotation/annotation.type";
import { MutationPayload } from "../../shared/graphql/payload.type";

@ObjectType({ description: "A workflow move the viewer may make on an annotation now." })
export class AvailableTransition {
  @Field(() => AnnotationStatus, { description: "The state the move leads to." })
  to!: AnnotationStatus;

  @Field(() => Boolean, { description: "The move needs a comment (request changes, reject, retract, dismiss)." })
  requiresComment!: boolean;
}

@InputType({ description: "A workflow move." })
export class TransitionAnnotationInput {
  @Field(() => ID, { description: "The quote or claim to move." })
  id!: string;

  @Field(() => AnnotationStatus, { description: "The state to move it to." })
  to!: AnnotationStatus;

  @Field(() => Int, { description: "The version the move is based on; a stale one is refused with CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "Why; required to request changes, reject or retract." })
  @IsOptional()
  @MaxLength(5000)
  comment?: string | null;
}

@ObjectType({ description: "Result of transitionAnnotation." })
export class TransitionAnnotationPayload extends MutationPayload {
  @Field(() => Annotation, { nullable: true, description: "The annotation after the move; null on error." })
  annotation!: Annotation | null;
}
