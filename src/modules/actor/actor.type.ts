import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { ActorEventKind } from "../../generated/prisma/enums";
import { ActorKind, SortDirection } from "../../shared/graphql/enums";
import { Node } from "../../shared/graphql/node.type";
import { ConnectionType } from "../../shared/graphql/connection.type";
import { OrderInputType } from "../../shared/graphql/order.type";
import { Topic } from "../topic/topic.type";

@ObjectType({
  implements: Node,
  description: "A person, organisation, government body, state or armed group named in articles.",
})
export class Actor extends Node {
  protected readonly typeName = "Actor";

  @Field(() => String, { description: "Canonical name." })
  name!: string;

  @Field(() => ActorKind, { description: "What kind of actor this is." })
  kind!: ActorKind;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-2 country code, when the actor belongs to one country.",
  })
  countryCode!: string | null;

  @Field(() => String, { nullable: true, description: "One-sentence description for editors and readers." })
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Identifier in an external knowledge base, e.g. a Wikidata Q-id.",
  })
  externalId!: string | null;

  @Field(() => Int, { description: "Incremented by every change; updateActor must send the version it is based on." })
  version!: number;

  @Field(() => Date, { description: "When the actor was created." })
  createdAt!: Date;

  @Field(() => Date, { description: "When the actor was last changed." })
  updatedAt!: Date;
}

export const ActorConnection = ConnectionType(Actor, "Actor");

registerEnumType(ActorEventKind, {
  name: "ActorEventKind",
  description: "What an actor event records.",
  valuesConfig: {
    CREATED: { description: "The actor was created; `changes` has its initial values." },
    UPDATED: { description: "It was edited; `changes` has the field-level diff." },
    MERGED: {
      description:
        "mergeActors. On the survivor, `changes` is { mergedIds, mergedNames, moved: { speaker, subject, claimant, counterpart, aliases }, collapsedCounterparts, aliases: { from, to } }: the merged actors (database ids), how many quotes, claims and counterpart rows named them and how many of their names and aliases it took, how many counterpart rows merged with one already naming it. On each merged actor: { mergedInto: { from, to }, moved, aliases: { from, to } }, its own share.",
    },
  },
});

@ObjectType({ implements: Node, description: "One entry of an actor's append-only history." })
export class ActorEvent extends Node {
  protected readonly typeName = "ActorEvent";
  actorId!: string;
  userId!: string | null;

  @Field(() => ActorEventKind, { description: "What happened." })
  kind!: ActorEventKind;

  @Field(() => Int, { description: "The actor's version after the event." })
  version!: number;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "{ field: { from, to } } for each field set or changed (name, kind, aliases, …); for MERGED, see ActorEventKind.",
  })
  changes!: Record<string, unknown> | null;

  @Field(() => Date, { description: "When it happened." })
  createdAt!: Date;
}

export const ActorEventConnection = ConnectionType(ActorEvent, "ActorEvent");

export enum ActorOrderField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(ActorOrderField, {
  name: "ActorOrderField",
  description: "Fields actors can be ordered by.",
  valuesConfig: {
    NAME: { description: "Canonical name, ignoring case and accents." },
    CREATED_AT: { description: "Creation time." },
  },
});

export const ActorOrder = OrderInputType(ActorOrderField, "ActorOrder", "an actor list", SortDirection.ASC);
export type ActorOrder = InstanceType<typeof ActorOrder>;

@ObjectType({ description: "How often an actor asserts and denies on one topic, as claimant." })
export class TopicStances {
  @Field(() => Topic, { description: "The topic." })
  topic!: Topic;

  @Field(() => Int, { description: "Claims asserting." })
  asserts!: number;

  @Field(() => Int, { description: "Claims denying." })
  denies!: number;
}
