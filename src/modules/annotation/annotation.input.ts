import { ArrayMaxSize, IsInt, IsOptional, Length, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ConnectionArgs } from "../../shared/graphql/connection.type";
import { AnnotationOrder } from "./annotation.type";
import { AnnotationKind, AnnotationStatus, AttributionKind, QuoteKind, Stance } from "../../shared/graphql/enums";

/**
 * Filters shared by the quotes, claims and annotations lists; all given conditions must hold.
 * Readers only ever see PUBLISHED annotations, whatever `status` asks for.
 */
@InputType({ description: "Filters for annotation lists; all given conditions must hold." })
export class AnnotationFilter {
  @Field(() => AnnotationKind, { nullable: true, description: "Only quotes or only claims (annotations list)." })
  kind?: AnnotationKind | null;

  @Field(() => ID, { nullable: true, description: "Annotations of this article." })
  article?: string | null;

  @Field(() => ID, { nullable: true, description: "Annotations naming this actor in any role." })
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: "Quotes spoken by this actor." })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: "Claims about this actor." })
  subject?: string | null;

  @Field(() => ID, { nullable: true, description: "Claims made by this actor." })
  claimant?: string | null;

  @Field(() => ID, { nullable: true, description: "Claims naming this actor as a counterpart (e.g. a backer)." })
  counterpart?: string | null;

  @Field(() => String, { nullable: true, description: "Claims on this topic key, e.g. FOREIGN_BACKING." })
  @MaxLength(100)
  topic?: string | null;

  @Field(() => Stance, { nullable: true, description: "Claims with this stance." })
  stance?: Stance | null;

  @Field(() => AttributionKind, { nullable: true, description: "Claims attributed this way." })
  attributionKind?: AttributionKind | null;

  @Field(() => [AnnotationStatus], { nullable: true, description: "Any of these workflow states (at most 20)." })
  @ArrayMaxSize(20)
  status?: AnnotationStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search of the span text, in web-search syntax (words in any inflection the article\'s language knows, "phrases", `or`, `-word`); most relevant first unless `orderBy` says otherwise.',
  })
  @MaxLength(500)
  search?: string | null;

  @Field(() => Date, { nullable: true, description: "In articles published at or after this time." })
  publishedAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: "In articles published before this time." })
  publishedBefore?: Date | null;
}

@ArgsType()
export class AnnotationListArgs extends ConnectionArgs {
  // Nested in an @ArgsType: validated only when marked so (the other lists take `filter` as an @Arg).
  @Field(() => AnnotationFilter, { nullable: true, description: "Conditions the items must meet." })
  @ValidateNested()
  filter?: AnnotationFilter | null;

  @Field(() => AnnotationOrder, {
    nullable: true,
    description: "Ordering (default: POSITION ASC; with a search, most relevant first).",
  })
  @ValidateNested()
  orderBy?: AnnotationOrder | null;
}

/**
 * A span, as W3C Web Annotation selectors: give start/end (TextPositionSelector, UTF-16
 * offsets), or exact with optional prefix/suffix (TextQuoteSelector), or both.
 */
@InputType()
export abstract class SpanFields {
  @Field(() => Int, { nullable: true, description: "Start offset (UTF-16 code units, inclusive)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  start?: number | null;

  @Field(() => Int, { nullable: true, description: "End offset (UTF-16 code units, exclusive)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  end?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The span's exact text. Alone, it must occur once in the body (typographic quotes match straight ones).",
  })
  @IsOptional()
  @MaxLength(20_000)
  exact?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Text just before the span, to pick one of several occurrences.",
  })
  @IsOptional()
  @MaxLength(500)
  prefix?: string | null;

  @Field(() => String, { nullable: true, description: "Text just after the span, to pick one of several occurrences." })
  @IsOptional()
  @MaxLength(500)
  suffix?: string | null;
}

@InputType({ description: "A new quote on an article." })
export class CreateQuoteInput extends SpanFields {
  @Field(() => ID, { description: "The article the quote is in." })
  articleId!: string;

  @Field(() => ID, { nullable: true, description: "The speaking actor, when known." })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The speaker as written, e.g. "the statement".' })
  @IsOptional()
  @Length(1, 500)
  speakerText?: string | null;

  @Field(() => QuoteKind, { nullable: true, description: "DIRECT (default) or PARAPHRASE." })
  quoteKind?: QuoteKind | null;

  @Field(() => String, { nullable: true, description: "Editor's note." })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: "A new claim on an article." })
export class CreateClaimInput extends SpanFields {
  @Field(() => ID, { description: "The article the claim is in." })
  articleId!: string;

  @Field(() => String, { description: "Topic key, e.g. FOREIGN_BACKING." })
  @Length(1, 100)
  topic!: string;

  @Field(() => Stance, { description: "ASSERTS or DENIES." })
  stance!: Stance;

  @Field(() => ID, { description: "Whom the claim is about." })
  subjectId!: string;

  @Field(() => [ID], { nullable: true, description: "Other actors the claim names, in order (e.g. the backers)." })
  @IsOptional()
  @ArrayMaxSize(50)
  counterpartIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Who makes the claim; null when unattributed." })
  claimantId?: string | null;

  @Field(() => String, { nullable: true, description: 'Attribution as written, e.g. "according to the reports".' })
  @IsOptional()
  @Length(1, 500)
  attributionText?: string | null;

  @Field(() => AttributionKind, { description: "How the claim is attributed." })
  attributionKind!: AttributionKind;

  @Field(() => ID, { nullable: true, description: "The quote (in the same article) the claim is made in." })
  quoteId?: string | null;

  @Field(() => String, { nullable: true, description: "Editor's note." })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({
  description:
    "Changes to an annotation. Omitted fields stay; null clears an optional field. Span fields re-anchor the span when any is given. Quote-only and claim-only fields are refused on the other kind.",
})
export class UpdateAnnotationInput extends SpanFields {
  @Field(() => ID, { description: "The quote or claim to change." })
  id!: string;

  @Field(() => Int, { description: "The version this change is based on; a stale version is refused with CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "Editor's note." })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: "Quotes: the speaking actor." })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "Quotes: the speaker as written." })
  @IsOptional()
  @Length(1, 500)
  speakerText?: string | null;

  @Field(() => QuoteKind, { nullable: true, description: "Quotes: DIRECT or PARAPHRASE." })
  quoteKind?: QuoteKind | null;

  @Field(() => String, { nullable: true, description: "Claims: topic key." })
  @IsOptional()
  @Length(1, 100)
  topic?: string | null;

  @Field(() => Stance, { nullable: true, description: "Claims: stance." })
  stance?: Stance | null;

  @Field(() => ID, { nullable: true, description: "Claims: subject actor." })
  subjectId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Claims: replaces the counterpart list." })
  @IsOptional()
  @ArrayMaxSize(50)
  counterpartIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Claims: claimant actor; null clears it." })
  claimantId?: string | null;

  @Field(() => String, { nullable: true, description: "Claims: attribution as written." })
  @IsOptional()
  @Length(1, 500)
  attributionText?: string | null;

  @Field(() => AttributionKind, { nullable: true, description: "Claims: attribution kind." })
  attributionKind?: AttributionKind | null;

  @Field(() => ID, { nullable: true, description: "Claims: the quote the claim is made in; null clears it." })
  quoteId?: string | null;
}
