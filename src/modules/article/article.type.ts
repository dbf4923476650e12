import { Field, ObjectType, registerEnumType } from "type-graphql";
import { SortDirection } from "../../shared/graphql/enums";
import { Node } from "../../shared/graphql/node.type";
import { ConnectionType } from "../../shared/graphql/connection.type";
import { OrderInputType } from "../../shared/graphql/order.type";
import { MutationPayload } from "../../shared/graphql/payload.type";

@ObjectType({ implements: Node, description: "A news article: the text that annotations point into." })
export class Article extends Node {
  protected readonly typeName = "Article";

  @Field(() => String, { description: "Headline, given at import or found in the text." })
  title!: string;

  // Read only when asked for, and priced first (article.resolver.ts).
  body?: string;

  @Field(() => String, { nullable: true, description: "Outlet that published the article." })
  source!: string | null;

  @Field(() => String, { nullable: true, description: "Canonical URL; unique when set." })
  url!: string | null;

  @Field(() => Date, { nullable: true, description: "Publication time (the seed format gives a date: midnight UTC)." })
  publishedAt!: Date | null;

  @Field(() => String, { description: "BCP 47 language tag of the body." })
  language!: string;

  @Field(() => String, { description: "SHA-256 (hex) of the whitespace-normalised body, used to refuse duplicates." })
  contentHash!: string;

  @Field(() => Date, { description: "When the article was imported." })
  createdAt!: Date;
}

export const ArticleConnection = ConnectionType(Article, "Article");

@ObjectType({ description: "Result of importArticle." })
export class ImportArticlePayload extends MutationPayload {
  @Field(() => Article, { nullable: true, description: "The imported article; null when `errors` is not empty." })
  article!: Article | null;
}

export enum ArticleOrderField {
  PUBLISHED_AT = "PUBLISHED_AT",
  TITLE = "TITLE",
  CREATED_AT = "CREATED_AT",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(ArticleOrderField, {
  name: "ArticleOrderField",
  description: "Fields articles can be ordered by.",
  valuesConfig: {
    PUBLISHED_AT: { description: "Publication time; articles without one come last." },
    TITLE: { description: "Title." },
    CREATED_AT: { description: "Import time." },
    RELEVANCE: {
      description:
        "How well the article matches `filter.search`, title words weighing more than body words (DESC, the default direction: most relevant first); the default order when searching. Only with a search.",
    },
  },
});

export const ArticleOrder = OrderInputType(ArticleOrderField, "ArticleOrder", "an article list", SortDirection.DESC);
export type ArticleOrder = InstanceType<typeof ArticleOrder>;
