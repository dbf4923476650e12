import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Role } from "../../generated/prisma/enums";
import { Node } from "../../shared/graphql/node.type";
import { ConnectionType } from "../../shared/graphql/connection.type";
import { MutationPayload } from "../../shared/graphql/payload.type";

registerEnumType(Role, {
  name: "Role",
  description: "What a user may do. Readers need no account.",
  valuesConfig: {
    ANNOTATOR: { description: "Creates and edits annotations and submits them for review." },
    REVIEWER: { description: "Approves, requests changes, rejects, publishes and retracts others' work." },
    ADMIN: { description: "Everything a reviewer does, plus users, topics and actors." },
  },
});

@ObjectType({ implements: Node, description: "An editor's account." })
export class User extends Node {
  protected readonly typeName = "User";

  @Field(() => String, { description: "Sign-in e-mail." })
  email!: string;

  @Field(() => String, { description: "Name shown to other editors." })
  displayName!: string;

  @Field(() => Role, { description: "What the user may do." })
  role!: Role;

  @Field(() => Date, { nullable: true, description: "When an admin disabled the account; null while enabled." })
  disabledAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the account was pseudonymised (eraseUser); its name and e-mail are placeholders since.",
  })
  erasedAt!: Date | null;

  @Field(() => Date, { description: "When the account was created." })
  createdAt!: Date;
}

export const UserConnection = ConnectionType(User, "User");

@ObjectType({ description: "Result of login." })
export class LoginPayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description: "Session token: send it as `Authorization: Bearer <token>`. Null when `errors` is not empty.",
  })
  token!: string | null;

  @Field(() => User, { nullable: true, description: "The signed-in user." })
  user!: User | null;
}

@ObjectType({ description: "Result of createUser or updateUser." })
export class UserPayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: "The user as saved; null when `errors` is not empty." })
  user!: User | null;
}
