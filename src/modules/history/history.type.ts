import { ArrayMaxSize } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { AnnotationEventKind } from "../../generated/prisma/enums";
import { AnnotationStatus } from "../../shared/graphql/enums";
import { Node } from "../../shared/graphql/node.type";
import { ConnectionType } from "../../shared/graphql/connection.type";

registerEnumType(AnnotationEventKind, {
  name: "AnnotationEventKind",
  description: "What an annotation event records.",
  valuesConfig: {
    CREATED: { description: "The annotation was created." },
    UPDATED: { description: "Its fields were edited; `changes` has the field-level diff." },
    TRANSITIONED: { description: "It moved between workflow states." },
    COMMENTED: { description: "An editor commented on it." },
    REANCHORED: {
      description:
        "A correction of its article placed its span on the new text (or orphaned it); `changes` has the selector fields that changed and the revision, `comment` the correction's note.",
    },
  },
});

@ObjectType({ implements: Node, description: "One entry of an annotation's append-only history." })
export class AnnotationEvent extends Node {
  protected readonly typeName = "AnnotationEvent";
  annotationId!: string;
  userId!: string | null;

  @Field(() => AnnotationEventKind, { description: "What happened." })
  kind!: AnnotationEventKind;

  @Field(() => AnnotationStatus, { nullable: true, description: "State before (null for CREATED)." })
  fromStatus!: AnnotationStatus | null;

  @Field(() => AnnotationStatus, { nullable: true, description: "State after." })
  toStatus!: AnnotationStatus | null;

  @Field(() => Int, { description: "The annotation's version after the event." })
  version!: number;

  // Editorial detail, resolved through the viewer's policy (history.resolver.ts).
  changes!: Record<string, unknown> | null;
  comment!: string | null;

  @Field(() => Date, { description: "When it happened." })
  createdAt!: Date;
}

export const AnnotationEventConnection = ConnectionType(AnnotationEvent, "AnnotationEvent");

@InputType({ description: "Filters for the events list; all given conditions must hold." })
export class EventFilter {
  @Field(() => ID, { nullable: true, description: "Events by this user." })
  user?: string | null;

  @Field(() => ID, { nullable: true, description: "Events on annotations of this article." })
  article?: string | null;

  @Field(() => [AnnotationEventKind], { nullable: true, description: "Any of these kinds (at most 20)." })
  @ArrayMaxSize(20)
  kinds?: AnnotationEventKind[] | null;

  @Field(() => Date, { nullable: true, description: "At or after this time." })
  after?: Date | null;

  @Field(() => Date, { nullable: true, description: "Before this time." })
  before?: Date | null;
}
