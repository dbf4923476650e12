import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionArgs, toConnection } from "../../shared/graphql/connection.type";
import { expectGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { attempt } from "../../shared/graphql/payload.type";
import { pageArray } from "../../shared/pagination";
import { ActorConnection, Actor } from "../actor/actor.type";
import { nestedConnection, onTopic } from "../annotation/annotation.resolver";
import { AnnotationConnection, ClaimConnection, QuoteConnection } from "../annotation/annotation.type";
import { ArticleFilter, ImportArticleInput } from "./article.input";
import { Article, ArticleConnection, ArticleOrder, ImportArticlePayload } from "./article.type";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: "Articles, newest first by default. Public." })
  async articles(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ArticleFilter, { nullable: true, description: "Conditions the items must meet." })
    filter: ArticleFilter | null,
    @Arg("orderBy", () => ArticleOrder, {
      nullable: true,
      description: "Ordering; see the field's description for the default.",
    })
    orderBy: ArticleOrder | null,
    @Ctx() { services, viewer }: Context,
  ) {
    const where = filter && {
      ...filter,
      actorId: filter.actor ? expectGlobalId(filter.actor, ["Actor"], ["filter", "actor"]) : null,
    };
    return toConnection(await services.articles.list(viewer, where ?? {}, orderBy, args), (row) =>
      fromRow(Article, row),
    );
  }

  @Query(() => Article, { nullable: true, description: "One article by id; null when there is none. Public." })
  async article(@Arg("id", () => ID, { description: "Global id." }) id: string, @Ctx() { services }: Context) {
    const row = await services.articles.findById(expectGlobalId(id, ["Article"], ["id"]));
    return row && fromRow(Article, row);
  }

  @Mutation(() => ImportArticlePayload, {
    description:
      "Imports an article (seed text format accepted); refuses a duplicate url or text with DUPLICATE_ARTICLE.",
  })
  async importArticle(
    @Arg("input", () => ImportArticleInput, { description: "What to write." }) input: ImportArticleInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<ImportArticlePayload> {
    const { value, errors } = await attempt(() => services.articles.import(viewer, input));
    return { article: value && fromRow(Article, value), errors };
  }

  @FieldResolver(() => QuoteConnection, { description: "Quotes in this article, in text order." })
  async quotes(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    const rows = await loaders.annotationsByArticleId.load(article.dbId);
    return nestedConnection(
      rows.filter((row) => row.kind === "QUOTE"),
      args,
    );
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims in this article, in text order." })
  async claims(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("topic", () => String, { nullable: true, description: "Only claims on this topic key." }) topic: string | null,
    @Ctx() { loaders }: Context,
  ) {
    const rows = await loaders.annotationsByArticleId.load(article.dbId);
    return nestedConnection(
      await onTopic(
        loaders,
        rows.filter((row) => row.kind === "CLAIM"),
        topic,
      ),
      args,
    );
  }

  @FieldResolver(() => AnnotationConnection, { description: "Quotes and claims in this article, in text order." })
  async annotations(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    return nestedConnection(await loaders.annotationsByArticleId.load(article.dbId), args);
  }

  @FieldResolver(() => ActorConnection, {
    description:
      "Actors named by this article's visible annotations (speakers, subjects, claimants, counterparts), by name.",
  })
  async actors(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    const rows = await loaders.annotationsByArticleId.load(article.dbId);
    const counterparts = await loaders.counterpartsByClaimId.loadMany(
      rows.filter((row) => row.claim).map((row) => row.id),
    );
    const ids = new Set<string>();
    for (const row of rows) {
      for (const id of [row.quote?.speakerId, row.claim?.subjectId, row.claim?.claimantId]) if (id) ids.add(id);
    }
    for (const list of counterparts) if (Array.isArray(list)) list.forEach((id) => ids.add(id));
    const actors = (await loaders.actorById.loadMany([...ids]))
      .flatMap((row) => (row && !(row instanceof Error) ? [row] : []))
      .sort((a, b) => a.normalizedName.localeCompare(b.normalizedName) || a.id.localeCompare(b.id));
    return toConnection(pageArray(actors, args), (row) => fromRow(Actor, row));
  }
}
