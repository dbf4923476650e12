import { ArrayMaxSize, IsOptional, IsUrl, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { MaxUtf8Bytes } from "../../shared/graphql/validation";
import { AnnotationStatus, AttributionKind, Stance } from "../../shared/graphql/enums";

@InputType({ description: "Filters for the articles list; all given conditions must hold." })
export class ArticleFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search of the title and body, in web-search syntax: words (all must occur, in any inflection the article\'s language knows: "mercenaries" finds "mercenary"), "quoted phrases", `or`, and `-word` to exclude. Results are ordered by relevance unless `orderBy` says otherwise.',
  })
  @MaxLength(500)
  search?: string | null;

  @Field(() => String, { nullable: true, description: "Exact outlet name." })
  @MaxLength(200)
  source?: string | null;

  @Field(() => ID, { nullable: true, description: "Articles with a visible annotation naming this actor in any role." })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: "Articles with a visible claim on this topic key." })
  @MaxLength(100)
  topic?: string | null;

  @Field(() => Stance, {
    nullable: true,
    description: "Articles with a visible claim of this stance (on `topic`, when given; on any topic otherwise).",
  })
  stance?: Stance | null;

  @Field(() => AttributionKind, {
    nullable: true,
    description: "Articles with a visible claim attributed this way (the same claim as `topic` and `stance`).",
  })
  attributionKind?: AttributionKind | null;

  @Field(() => [AnnotationStatus], {
    nullable: true,
    description:
      "Articles with a visible annotation in any of these workflow states (the same one as `topic`, `stance` and `attributionKind`; at most 20). Readers see published work only.",
  })
  @ArrayMaxSize(20)
  status?: AnnotationStatus[] | null;

  @Field(() => Date, { nullable: true, description: "Published at or after this time." })
  publishedAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: "Published before this time." })
  publishedBefore?: Date | null;
}

@InputType({ description: "An article to import." })
export class ImportArticleInput {
  @Field(() => String, {
    description:
      "The article text. The seed format is accepted: a leading ` date YYYY-MM-DD ` marker, then paragraphs separated by blank lines.",
  })
  @Length(1, 1_000_000)
  text!: string;

  @Field(() => String, { nullable: true, description: "Headline; found in the text when omitted." })
  @IsOptional()
  @Length(1, 500)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Outlet that published the article." })
  @IsOptional()
  @Length(1, 200)
  source?: string | null;

  @Field(() => String, { nullable: true, description: "Canonical URL; an article with the same URL is refused." })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ["http", "https"] }, { message: "url must be an http(s) URL" })
  @MaxLength(2000)
  @MaxUtf8Bytes(2000)
  url?: string | null;

  @Field(() => Date, { nullable: true, description: "Publication time; overrides the date marker in the text." })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "BCP 47 language tag (default en)." })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: "language must be a BCP 47 tag such as en or pt-BR" })
  language?: string | null;
}

@InputType({ description: "A correction of an article's text (correctArticle)." })
export class CorrectArticleInput {
  @Field(() => ID, { description: "The article's global id." })
  id!: string;

  @Field(() => String, {
    description:
      "The corrected text, paragraphs separated by blank lines; line endings and trailing spaces are normalised as at import, every other character is kept. No date marker is read from it.",
  })
  @Length(1, 1_000_000)
  body!: string;

  @Field(() => String, { nullable: true, description: "A corrected headline; the current one is kept when omitted." })
  @IsOptional()
  @Length(1, 500)
  title?: string | null;

  @Field(() => Int, {
    description: "The revision the correction is based on (Article.revision); CONFLICT when the article has moved on.",
  })
  expectedRevision!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "What was corrected and why; kept with the replaced revision (public, like a correction notice) and on each re-anchoring event.",
  })
  @IsOptional()
  @Length(1, 2000)
  note?: string | null;
}
