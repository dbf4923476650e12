import {
  Arg,
  Authorized,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Field,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId, optionalGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { attempt, MutationPayload } from "../../shared/graphql/payload.type";
import { annotationConnection, ClaimConnection, QuoteConnection } from "../annotation/annotation.type";
import { ActorFilter, CreateActorInput, MergeActorsInput, UpdateActorInput } from "./actor.input";
import { Actor, ActorConnection, ActorEvent, ActorEventConnection, ActorOrder, TopicStances } from "./actor.type";
import { Topic } from "../topic/topic.type";
import { User } from "../user/user.type";

@ObjectType({ description: "Result of createActor or updateActor." })
export class ActorPayload extends MutationPayload {
  @Field(() => Actor, { nullable: true, description: "The actor as saved; null when `errors` is not empty." })
  actor!: Actor | null;
}

@ObjectType({ description: "Result of mergeActors." })
export class MergeActorsPayload extends MutationPayload {
  @Field(() => Actor, {
    nullable: true,
    description: "The survivor as saved, with its new version; null when `errors` is not empty.",
  })
  survivor!: Actor | null;
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: "Actors, by name unless ordered otherwise. Public." })
  async actors(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ActorFilter, { nullable: true, description: "Conditions the items must meet." })
    filter: ActorFilter | null,
    @Arg("orderBy", () => ActorOrder, {
      nullable: true,
      description: "Ordering; see the field's description for the default.",
    })
    orderBy: ActorOrder | null,
    @Ctx() { services, scope }: Context,
  ) {
    const { article, ...rest } = filter ?? {};
    const where = { ...rest, articleId: optionalGlobalId(article, ["Article"], ["filter", "article"]) };
    return toConnection(await services.actors.list(scope.viewer, where, orderBy, args), (row) => fromRow(Actor, row));
  }

  @Query(() => Actor, {
    nullable: true,
    description:
      "One actor by id; null when there is none. The id of an actor merged into another gives the one it was merged into. Public.",
  })
  async actor(@Arg("id", () => ID, { description: "Global id." }) id: string, @Ctx() { services }: Context) {
    const row = await services.actors.findById(expectGlobalId(id, ["Actor"], ["id"]));
    return row && fromRow(Actor, row);
  }

  @Authorized()
  @Mutation(() => ActorPayload, { description: "Creates an actor with its aliases." })
  async createActor(
    @Arg("input", () => CreateActorInput, { description: "What to write." }) input: CreateActorInput,
    @Ctx() { services, scope }: Context,
  ): Promise<ActorPayload> {
    const { value, errors } = await attempt(() => services.actors.create(scope.viewer, input));
    return { actor: value && fromRow(Actor, value), errors };
  }

  @Authorized()
  @Mutation(() => ActorPayload, {
    description:
      "Changes an actor; `aliases` replaces the whole alias list. Send the version you edited; a stale one is refused with CONFLICT. Renaming an actor that published work names takes a reviewer or admin.",
  })
  async updateActor(
    @Arg("input", () => UpdateActorInput, { description: "What to write." }) input: UpdateActorInput,
    @Ctx() { services, scope }: Context,
  ): Promise<ActorPayload> {
    const { value, errors } = await attempt(() =>
      services.actors.update(scope.viewer, { ...input, id: expectGlobalId(input.id, ["Actor"], ["input", "id"]) }),
    );
    return { actor: value && fromRow(Actor, value), errors };
  }

  @Authorized()
  @Mutation(() => MergeActorsPayload, {
    description:
      "Merges duplicate actors into a survivor, in one transaction: their quotes and claims name the survivor (published work stays published), their names and aliases become its aliases, and their ids resolve to it. Reviewers and admins only (FORBIDDEN otherwise). Send every actor's version (CONFLICT if any changed); an unknown actor is NOT_FOUND, an actor merged before is BAD_USER_INPUT with existingId naming the actor it was merged into; a merge that would make a claim name its subject as its own counterpart is BAD_USER_INPUT naming the claims. Recorded as MERGED in the history of each.",
  })
  async mergeActors(
    @Arg("input", () => MergeActorsInput, { description: "What to merge." }) input: MergeActorsInput,
    @Ctx() { services, scope }: Context,
  ): Promise<MergeActorsPayload> {
    const { value, errors } = await attempt(() =>
      services.actors.merge(scope.viewer, {
        survivorId: expectGlobalId(input.survivorId, ["Actor"], ["input", "survivorId"]),
        mergedIds: input.mergedIds.map((id, i) => expectGlobalId(id, ["Actor"], ["input", "mergedIds", String(i)])),
        expectedVersions: input.expectedVersions.map(({ id, version }, i) => ({
          id: expectGlobalId(id, ["Actor"], ["input", "expectedVersions", String(i), "id"]),
          version,
        })),
      }),
    );
    return { survivor: value && fromRow(Actor, value), errors };
  }

  @FieldResolver(() => ActorEventConnection, {
    nullable: true,
    description:
      "Every creation, edit and merge of the actor, oldest first. Editors only: for readers it is null, with an UNAUTHENTICATED error at its path.",
  })
  async history(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { scope }: Context) {
    scope.policy.require("Actor.history");
    return toConnection(await scope.loaders.actorHistoryPage(actor.dbId, args), (row) => fromRow(ActorEvent, row));
  }

  @FieldResolver(() => [String], { description: "Other names of the actor, alphabetical." })
  async aliases(@Root() actor: Actor, @Ctx() { scope }: Context) {
    return (await scope.loaders.aliasesByActorId.load(actor.dbId)).map((alias) => alias.alias);
  }

  @FieldResolver(() => [TopicStances], {
    description:
      "How often this actor asserts and denies, per topic, as claimant (the claims the viewer sees), by topic key: for an actor page.",
  })
  async stanceSummary(@Root() actor: Actor, @Ctx() { scope }: Context): Promise<TopicStances[]> {
    const counts = await scope.loaders.stancesByClaimantId.load(actor.dbId);
    const topics = await Promise.all(counts.map((count) => scope.loaders.topicById.load(count.topicId)));
    return counts.flatMap((count, i) => {
      const topic = topics[i];
      return topic ? [{ topic: fromRow(Topic, topic), asserts: count.asserts, denies: count.denies }] : [];
    });
  }

  @FieldResolver(() => QuoteConnection, { description: "Quotes this actor spoke." })
  async quotes(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { scope }: Context) {
    return annotationConnection(await scope.loaders.annotationPage({ of: "speaker" }, actor.dbId, args));
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims this actor makes (as claimant)." })
  async claimsMade(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("topic", () => String, { nullable: true, description: "Only claims on this topic key." }) topic: string | null,
    @Ctx() { scope }: Context,
  ) {
    return annotationConnection(await scope.loaders.annotationPage({ of: "claimant", topic }, actor.dbId, args));
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims about this actor (as subject)." })
  async claimsAbout(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("topic", () => String, { nullable: true, description: "Only claims on this topic key." }) topic: string | null,
    @Ctx() { scope }: Context,
  ) {
    return annotationConnection(await scope.loaders.annotationPage({ of: "subject", topic }, actor.dbId, args));
  }

  @FieldResolver(() => ClaimConnection, {
    description: "Claims naming this actor as a counterpart (e.g. as a backer).",
  })
  async claimsAsCounterpart(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("topic", () => String, { nullable: true, description: "Only claims on this topic key." }) topic: string | null,
    @Ctx() { scope }: Context,
  ) {
    return annotationConnection(await scope.loaders.annotationPage({ of: "counterpart", topic }, actor.dbId, args));
  }
}

@Resolver(() => ActorEvent)
export class ActorEventResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who made the change; null for the system." })
  async user(@Root() event: ActorEvent, @Ctx() { scope }: Context) {
    const row = event.userId ? await scope.loaders.userById.load(event.userId) : null;
    return row && fromRow(User, row);
  }
}
