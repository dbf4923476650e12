import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AnnotationStatus } from "../../shared/graphql/enums";
import { Annotation } from "../annotation/annotation.type";
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

  @Field(() => Int, {
    description:
      "The number of the current text: 1 at import, one more with each correction (correctArticle). Annotation.revision says which text a span points into.",
  })
  revision!: number;

  @Field(() => Date, { description: "When the article was imported." })
  createdAt!: Date;
}

@ObjectType({ description: "A text an article had before a correction replaced it." })
export class ArticleRevision {
  id!: string;

  @Field(() => Int, { description: "Its number: the article's revision while this was its text." })
  revision!: number;

  @Field(() => String, { description: "The headline it had." })
  title!: string;

  // Read only when asked for, and priced first (article.resolver.ts).
  body?: string;

  @Field(() => String, {
    nullable: true,
    description: "The note of the correction that replaced it. Public, as a newspaper's correction notice is.",
  })
  note!: string | null;

  @Field(() => Date, { description: "When this text became current (the import, or the previous correction)." })
  createdAt!: Date;

  @Field(() => Date, { description: "When a correction replaced it." })
  supersededAt!: Date;
}

export const ArticleConnection = ConnectionType(Article, "Article");

@ObjectType({ description: "Result of importArticle." })
export class ImportArticlePayload extends MutationPayload {
  @Field(() => Article, { nullable: true, description: "The imported article; null when `errors` is not empty." })
  article!: Article | null;
}

export enum ReanchorOutcome {
  UNCHANGED = "UNCHANGED",
  MOVED = "MOVED",
  CHANGED = "CHANGED",
  ORPHANED = "ORPHANED",
  LEFT_ON_REVISION = "LEFT_ON_REVISION",
}
registerEnumType(ReanchorOutcome, {
  name: "ReanchorOutcome",
  description: "What a correction did to an annotation's span.",
  valuesConfig: {
    UNCHANGED: { description: "Same place, same text and context." },
    MOVED: { description: "Same text, found at another place or with other context; the state is kept." },
    CHANGED: {
      description:
        "The text itself changed a little: the span now covers the corrected words (a new `exact`). Approved or published work goes back to IN_REVIEW.",
    },
    ORPHANED: { description: "Not placed with confidence: the annotation is now ORPHANED, on its old text." },
    LEFT_ON_REVISION: {
      description:
        "Rejected, retracted or already orphaned work whose words did not survive unchanged: left as it was, on its old revision.",
    },
  },
});

@ObjectType({ description: "One annotation of a corrected article, and what the correction did to it." })
export class ReanchoredAnnotation {
  @Field(() => Annotation, { description: "The annotation after the correction." })
  annotation!: Annotation;

  @Field(() => ReanchorOutcome, { description: "How its span was placed on the new text." })
  outcome!: ReanchorOutcome;

  @Field(() => AnnotationStatus, { description: "Its state before the correction." })
  fromStatus!: AnnotationStatus;

  @Field(() => AnnotationStatus, { description: "Its state after it." })
  toStatus!: AnnotationStatus;
}

@ObjectType({ description: "Result of correctArticle." })
export class CorrectArticlePayload extends MutationPayload {
  @Field(() => Article, { nullable: true, description: "The corrected article; null when `errors` is not empty." })
  article!: Article | null;

  @Field(() => [ReanchoredAnnotation], {
    description:
      "Every annotation that was on the article's text before the correction (not those already ORPHANED or left on an older revision), in text order of their old spans, with what happened to it; empty on error.",
  })
  annotations!: ReanchoredAnnotation[];
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
