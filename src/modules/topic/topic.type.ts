import { Field, ObjectType } from "type-graphql";
import { Node } from "../../shared/graphql/node.type";
import { ConnectionType } from "../../shared/graphql/connection.type";

@ObjectType({ implements: Node, description: "An entry of the admin-managed claim topic vocabulary." })
export class Topic extends Node {
  protected readonly typeName = "Topic";

  @Field(() => String, { description: "Stable machine key, e.g. FOREIGN_BACKING; filters take this key." })
  key!: string;

  @Field(() => String, { description: "Human-readable label." })
  label!: string;

  @Field(() => String, { nullable: true, description: "What claims under this topic are about." })
  description!: string | null;
}

export const TopicConnection = ConnectionType(Topic, "Topic");
