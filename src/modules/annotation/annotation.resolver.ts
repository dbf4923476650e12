import { Arg, Authorized, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { AnnotationKind } from "../../shared/graphql/enums";
import { expectGlobalId, optionalGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { attempt } from "../../shared/graphql/payload.type";
import { Actor } from "../actor/actor.type";
import { Article } from "../article/article.type";
import { Topic } from "../topic/topic.type";
import { AnnotationListArgs, CreateClaimInput, CreateQuoteInput, UpdateAnnotationInput } from "./annotation.input";
import { annotationListFilter } from "./annotation.read";
import {
  Annotation,
  AnnotationConnection,
  annotationConnection,
  annotationFromRow,
  Claim,
  ClaimConnection,
  CreateClaimPayload,
  CreateQuotePayload,
  Quote,
  QuoteConnection,
  UpdateAnnotationPayload,
} from "./annotation.type";

const ARTICLE = ["Article"];
const ACTOR = ["Actor"];
const ANNOTATION = ["Quote", "Claim"];

const optionalActor = (id: string | null | undefined, field: string) => optionalGlobalId(id, ACTOR, ["input", field]);

@Resolver(() => Annotation)
export class AnnotationResolver {
  @Query(() => AnnotationConnection, {
    description: "Quotes and claims together, in text order by default. Public: readers see PUBLISHED only.",
  })
  async annotations(@Args(() => AnnotationListArgs) args: AnnotationListArgs, @Ctx() { services, scope }: Context) {
    return toConnection(
      await services.annotations.list(scope.policy, annotationListFilter(args.filter, null), args.orderBy, args),
      annotationFromRow,
    );
  }

  @Query(() => QuoteConnection, {
    description: "Quotes, in text order by default. Public: readers see PUBLISHED only.",
  })
  async quotes(@Args(() => AnnotationListArgs) args: AnnotationListArgs, @Ctx() { services, scope }: Context) {
    const where = annotationListFilter(args.filter, AnnotationKind.QUOTE);
    return toConnection(await services.annotations.list(scope.policy, where, args.orderBy, args), annotationFromRow);
  }

  @Query(() => ClaimConnection, {
    description: "Claims, in text order by default. Public: readers see PUBLISHED only.",
  })
  async claims(@Args(() => AnnotationListArgs) args: AnnotationListArgs, @Ctx() { services, scope }: Context) {
    const where = annotationListFilter(args.filter, AnnotationKind.CLAIM);
    return toConnection(await services.annotations.list(scope.policy, where, args.orderBy, args), annotationFromRow);
  }

  @Authorized()
  @Mutation(() => CreateQuotePayload, { description: "Marks a span of an article as a quote (status DRAFT)." })
  async createQuote(
    @Arg("input", () => CreateQuoteInput, { description: "What to write." }) input: CreateQuoteInput,
    @Ctx() { services, scope }: Context,
  ): Promise<CreateQuotePayload> {
    const { value, errors } = await attempt(() =>
      services.annotations.createQuote(scope.viewer, {
        ...input,
        articleId: expectGlobalId(input.articleId, ARTICLE, ["input", "articleId"]),
        speakerId: optionalActor(input.speakerId, "speakerId"),
      }),
    );
    return { quote: value && (annotationFromRow(value) as Quote), errors };
  }

  @Authorized()
  @Mutation(() => CreateClaimPayload, { description: "Marks a span of an article as a claim (status DRAFT)." })
  async createClaim(
    @Arg("input", () => CreateClaimInput, { description: "What to write." }) input: CreateClaimInput,
    @Ctx() { services, scope }: Context,
  ): Promise<CreateClaimPayload> {
    const { value, errors } = await attempt(() =>
      services.annotations.createClaim(scope.viewer, {
        ...input,
        articleId: expectGlobalId(input.articleId, ARTICLE, ["input", "articleId"]),
        subjectId: expectGlobalId(input.subjectId, ACTOR, ["input", "subjectId"]),
        claimantId: optionalActor(input.claimantId, "claimantId"),
        counterpartIds: input.counterpartIds?.map((id) => expectGlobalId(id, ACTOR, ["input", "counterpartIds"])),
        quoteId: optionalGlobalId(input.quoteId, ["Quote"], ["input", "quoteId"]),
      }),
    );
    return { claim: value && (annotationFromRow(value) as Claim), errors };
  }

  @Authorized()
  @Mutation(() => UpdateAnnotationPayload, {
    description: "Edits a quote or claim. Send the version you edited; a stale one is refused with CONFLICT.",
  })
  async updateAnnotation(
    @Arg("input", () => UpdateAnnotationInput, { description: "What to write." }) input: UpdateAnnotationInput,
    @Ctx() { services, scope }: Context,
  ): Promise<UpdateAnnotationPayload> {
    const { value, errors } = await attempt(() =>
      services.annotations.update(scope.viewer, {
        ...input,
        id: expectGlobalId(input.id, ANNOTATION, ["input", "id"]),
        speakerId: optionalActor(input.speakerId, "speakerId"),
        subjectId: optionalActor(input.subjectId, "subjectId"),
        claimantId: optionalActor(input.claimantId, "claimantId"),
        counterpartIds: input.counterpartIds?.map((id) => expectGlobalId(id, ACTOR, ["input", "counterpartIds"])),
        quoteId: optionalGlobalId(input.quoteId, ["Quote"], ["input", "quoteId"]),
      }),
    );
    return { annotation: value && annotationFromRow(value), errors };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Editors' internal note. Editors only: for readers it is null, with an UNAUTHENTICATED error at its path.",
  })
  note(@Root() annotation: Annotation, @Ctx() { scope }: Context): string | null {
    scope.policy.require("Annotation.note");
    return annotation.note;
  }

  @FieldResolver(() => Article, { description: "The article the span is in." })
  async article(@Root() annotation: Annotation, @Ctx() { scope }: Context) {
    const row = await scope.loaders.articleById.load(annotation.articleId);
    return row && fromRow(Article, row);
  }
}

@Resolver(() => Quote)
export class QuoteResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "The speaking actor; null when not identified." })
  async speaker(@Root() quote: Quote, @Ctx() { scope }: Context) {
    const row = quote.speakerId ? await scope.loaders.actorById.load(quote.speakerId) : null;
    return row && fromRow(Actor, row);
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims made in this quote." })
  async claims(@Root() quote: Quote, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { scope }: Context) {
    return annotationConnection(await scope.loaders.annotationPage({ of: "quote" }, quote.dbId, args));
  }
}

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Topic, { description: "What the claim is about." })
  async topic(@Root() claim: Claim, @Ctx() { scope }: Context) {
    const row = await scope.loaders.topicById.load(claim.topicId);
    return row && fromRow(Topic, row);
  }

  @FieldResolver(() => Actor, { description: "Whom the claim is about." })
  async subject(@Root() claim: Claim, @Ctx() { scope }: Context) {
    const row = await scope.loaders.actorById.load(claim.subjectId);
    return row && fromRow(Actor, row);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who makes the claim; null when unattributed." })
  async claimant(@Root() claim: Claim, @Ctx() { scope }: Context) {
    const row = claim.claimantId ? await scope.loaders.actorById.load(claim.claimantId) : null;
    return row && fromRow(Actor, row);
  }

  @FieldResolver(() => [Actor], { description: "Other actors the claim names, in order (e.g. the backers)." })
  async counterparts(@Root() claim: Claim, @Ctx() { scope }: Context) {
    return (await scope.loaders.counterpartsByClaimId.load(claim.dbId)).map((row) => fromRow(Actor, row));
  }

  @FieldResolver(() => Quote, { nullable: true, description: "The quote the claim is made in, if any." })
  async quote(@Root() claim: Claim, @Ctx() { scope }: Context) {
    const row = claim.quoteId ? await scope.loaders.annotationById.load(claim.quoteId) : null;
    return row && annotationFromRow(row);
  }
}
