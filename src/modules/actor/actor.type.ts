import { Field, ObjectType, registerEnumType } from "type-graphql";
import { ActorKind, SortDirection } from "../../shared/graphql/enums";
import { Node } from "../../shared/graphql/node.type";
import { ConnectionType } from "../../shared/graphql/connection.type";
import { OrderInputType } from "../../shared/graphql/order.type";

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

  @Field(() => Date, { description: "When the actor was created." })
  createdAt!: Date;

  @Field(() => Date, { description: "When the actor was last changed." })
  updatedAt!: Date;
}

export const ActorConnection = ConnectionType(Actor, "Actor");

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
