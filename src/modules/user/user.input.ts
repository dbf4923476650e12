import { IsEmail, IsOptional, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Role } from "../../generated/prisma/enums";

@InputType({ description: "Credentials." })
export class LoginInput {
  @Field(() => String, { description: "Sign-in e-mail." })
  @Length(1, 320)
  email!: string;

  @Field(() => String, { description: "Password." })
  @Length(1, 200)
  password!: string;
}

@InputType({ description: "A new editor account." })
export class CreateUserInput {
  @Field(() => String, { description: "Sign-in e-mail (unique, case-insensitive)." })
  @IsEmail({}, { message: "email must be an e-mail address" })
  email!: string;

  @Field(() => String, { description: "Name shown to other editors." })
  @Length(1, 200)
  displayName!: string;

  @Field(() => Role, { description: "What the user may do." })
  role!: Role;

  @Field(() => String, { description: "Initial password, at least 12 characters." })
  @Length(12, 200)
  password!: string;
}

@InputType({ description: "Changes to an account; omitted fields stay as they are." })
export class UpdateUserInput {
  @Field(() => ID, { description: "The user to change." })
  id!: string;

  @Field(() => Role, { nullable: true, description: "New role; takes effect on the user's next request." })
  role?: Role | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true disables the account (its tokens stop working at once); false enables it again.",
  })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: "New display name." })
  @IsOptional()
  @Length(1, 200)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "New password, at least 12 characters." })
  @IsOptional()
  @Length(12, 200)
  password?: string | null;
}

@InputType({ description: "The account to pseudonymise." })
export class EraseUserInput {
  @Field(() => ID, { description: "The user to erase." })
  id!: string;
}
