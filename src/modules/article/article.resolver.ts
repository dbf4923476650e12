import {
  Arg,
  Authorized,
  Args,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { attempt } from "../../shared/graphql/payload.type";
import { ActorConnection, Actor } from "../actor/actor.type";
import {
  annotationConnection,
  AnnotationConnection,
  ClaimConnection,
  QuoteConnection,
  annotationFromRow,
  RetractionNotice,
  retractionNoticeFromRow,
} from "../annotation/annotation.type";
import { ArticleFilter, CorrectArticleInput, ImportArticleInput } from "./article.input";
import { articleListFilter } from "./article.read";
import type { ReanchorOutcome } from "./article.type";
import {
  Article,
  ArticleConnection,
  ArticleOrder,
  ArticleRevision,
  CorrectArticlePayload,
  ImportArticlePayload,
} from "./article.type";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description: "Articles, newest first by default (most relevant first when searching). Public.",
  })
  async articles(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ArticleFilter, { nullable: true, description: "Conditions the items must meet." })
    filter: ArticleFilter | null,
    @Arg("orderBy", () => ArticleOrder, {
      nullable: true,
      description: "Ordering; see the field's description for the default.",
    })
    orderBy: ArticleOrder | null,
    @Ctx() { services, scope }: Context,
  ) {
    return toConnection(await services.articles.list(scope.policy, articleListFilter(filter), orderBy, args), (row) =>
      fromRow(Article, row),
    );
  }

  @Query(() => Article, { nullable: true, description: "One article by id; null when there is none. Public." })
  async article(@Arg("id", () => ID, { description: "Global id." }) id: string, @Ctx() { services }: Context) {
    const row = await services.articles.findById(expectGlobalId(id, ["Article"], ["id"]));
    return row && fromRow(Article, row);
  }

  @Authorized()
  @Mutation(() => ImportArticlePayload, {
    description:
      "Imports an article (seed text format accepted); refuses a duplicate url or text with DUPLICATE_ARTICLE.",
  })
  async importArticle(
    @Arg("input", () => ImportArticleInput, { description: "What to write." }) input: ImportArticleInput,
    @Ctx() { services, scope }: Context,
  ): Promise<ImportArticlePayload> {
    const { value, errors } = await attempt(() => services.articles.import(scope.viewer, input));
    return { article: value && fromRow(Article, value), errors };
  }

  @Authorized()
  @Mutation(() => CorrectArticlePayload, {
    description:
      "Replaces an article's text (reviewers and admins), keeping the text it replaces in `revisions`, and re-anchors every annotation on the new text in the same transaction: each lands on its own words or becomes ORPHANED, never on other words. Work whose words are unchanged keeps its state (published stays published); approved or published work whose words changed goes back to IN_REVIEW. Each change is a REANCHORED history event.",
  })
  async correctArticle(
    @Arg("input", () => CorrectArticleInput, { description: "What to write." }) input: CorrectArticleInput,
    @Ctx() { services, scope }: Context,
  ): Promise<CorrectArticlePayload> {
    const { value, errors } = await attempt(() =>
      services.articles.correct(scope.viewer, { ...input, id: expectGlobalId(input.id, ["Article"], ["input", "id"]) }),
    );
    return {
      article: value && fromRow(Article, value.article),
      annotations: (value?.annotations ?? []).map(({ row, result, fromStatus, toStatus }) => ({
        annotation: annotationFromRow(row),
        outcome: result as ReanchorOutcome,
        fromStatus,
        toStatus,
      })),
      errors,
    };
  }

  @FieldResolver(() => [ArticleRevision], {
    description:
      "The texts this article had before corrections replaced them, newest first; empty if it was never corrected. Public, like the article.",
  })
  async revisions(@Root() article: Article, @Ctx() { scope }: Context) {
    return scope.loaders.revisionsByArticleId.load(article.dbId);
  }

  @FieldResolver(() => String, {
    description:
      "The exact text annotations point into (paragraphs separated by a blank line). Span offsets are UTF-16 code units into this string. Bodies can be long: each costs 50 in the query cost limit, and bodies that would exceed the response size limit are refused (RESPONSE_TOO_LARGE) before they are read.",
  })
  @Extensions({ cost: 50 })
  async body(@Root() article: Article, @Ctx() { scope }: Context): Promise<string> {
    const body = await scope.loaders.bodyById.load(article.dbId);
    if (body === null) throw new Error(`article ${article.dbId} has no body`);
    return body;
  }

  @FieldResolver(() => QuoteConnection, { description: "Quotes in this article, in text order." })
  async quotes(@Root() article: Article, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { scope }: Context) {
    return annotationConnection(
      await scope.loaders.annotationPage({ of: "article", kind: "QUOTE" }, article.dbId, args),
    );
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims in this article, in text order." })
  async claims(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("topic", () => String, { nullable: true, description: "Only claims on this topic key." }) topic: string | null,
    @Ctx() { scope }: Context,
  ) {
    return annotationConnection(
      await scope.loaders.annotationPage({ of: "article", kind: "CLAIM", topic }, article.dbId, args),
    );
  }

  @FieldResolver(() => AnnotationConnection, { description: "Quotes and claims in this article, in text order." })
  async annotations(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { scope }: Context,
  ) {
    return annotationConnection(await scope.loaders.annotationPage({ of: "article" }, article.dbId, args));
  }

  @FieldResolver(() => [RetractionNotice], {
    description: "Notices of this article's retracted annotations, oldest first: the only trace readers see of them.",
  })
  async retractions(@Root() article: Article, @Ctx() { scope }: Context) {
    return (await scope.loaders.retractionsByArticleId.load(article.dbId)).map(retractionNoticeFromRow);
  }

  @FieldResolver(() => ActorConnection, {
    description:
      "Actors named by this article's visible annotations (speakers, subjects, claimants, counterparts), by name.",
  })
  async actors(@Root() article: Article, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { scope }: Context) {
    return toConnection(await scope.loaders.actorsOfArticlePage(article.dbId, args), (row) => fromRow(Actor, row));
  }
}

@Resolver(() => ArticleRevision)
export class ArticleRevisionResolver {
  @FieldResolver(() => String, {
    description:
      "The text as it was; annotations whose `revision` is this one point into it. Priced and bounded as Article.body is.",
  })
  @Extensions({ cost: 50 })
  async body(@Root() revision: ArticleRevision, @Ctx() { scope }: Context): Promise<string> {
    const body = await scope.loaders.revisionBodyById.load(revision.id);
    if (body === null) throw new Error(`article revision ${revision.id} has no body`);
    return body;
  }
}
