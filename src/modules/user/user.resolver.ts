import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { attempt } from "../../shared/graphql/payload.type";
import { CreateUserInput, EraseUserInput, LoginInput, UpdateUserInput } from "./user.input";
import { LoginPayload, User, UserConnection, UserPayload } from "./user.type";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user; null for an anonymous reader. Public." })
  async me(@Ctx() { services, scope }: Context) {
    const row = await services.users.me(scope.viewer);
    return row && fromRow(User, row);
  }

  @Authorized("ADMIN")
  @Query(() => UserConnection, { description: "All accounts, by e-mail. Admins only." })
  async users(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { services }: Context) {
    return toConnection(await services.users.list(args), (row) => fromRow(User, row));
  }

  @Mutation(() => LoginPayload, {
    description: "Signs in; returns a session token for the Authorization header. Public.",
  })
  async login(
    @Arg("input", () => LoginInput, { description: "Credentials." }) input: LoginInput,
    @Ctx() { services, clientAddress, response }: Context,
  ): Promise<LoginPayload> {
    const { value, errors } = await attempt(() => services.users.login(input, clientAddress));
    const wait = errors.find((error) => error.retryAfterSeconds)?.retryAfterSeconds;
    if (wait) response.retryAfterSeconds = wait;
    return { token: value?.token ?? null, user: value && fromRow(User, value.user), errors };
  }

  @Authorized("ADMIN")
  @Mutation(() => UserPayload, { description: "Creates an editor account. Admins only." })
  async createUser(
    @Arg("input", () => CreateUserInput, { description: "The account." }) input: CreateUserInput,
    @Ctx() { services, scope }: Context,
  ): Promise<UserPayload> {
    const { value, errors } = await attempt(() => services.users.create(scope.viewer, input));
    return { user: value && fromRow(User, value), errors };
  }

  @Authorized("ADMIN")
  @Mutation(() => UserPayload, { description: "Re-roles, disables, enables or renames an account. Admins only." })
  async updateUser(
    @Arg("input", () => UpdateUserInput, { description: "The changes." }) input: UpdateUserInput,
    @Ctx() { services, scope }: Context,
  ): Promise<UserPayload> {
    const { value, errors } = await attempt(() =>
      services.users.update(scope.viewer, { ...input, id: expectGlobalId(input.id, ["User"], ["input", "id"]) }),
    );
    return { user: value && fromRow(User, value), errors };
  }

  @Authorized("ADMIN")
  @Mutation(() => UserPayload, {
    description:
      "Pseudonymises an account: disables it and erases its name, e-mail and password. Its history and comments stay, attributed to the erased account. Admins only; not one's own account.",
  })
  async eraseUser(
    @Arg("input", () => EraseUserInput, { description: "The account." }) input: EraseUserInput,
    @Ctx() { services, scope }: Context,
  ): Promise<UserPayload> {
    const { value, errors } = await attempt(() =>
      services.users.erase(scope.viewer, expectGlobalId(input.id, ["User"], ["input", "id"])),
    );
    return { user: value && fromRow(User, value), errors };
  }
}
