import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { toGlobalId } from "../../shared/graphql/global-id";
import {
  AnnotationKind,
  AnnotationStatus,
  AttributionKind,
  QuoteKind,
  SortDirection,
  Stance,
} from "../../shared/graphql/enums";
import { Node } from "../../shared/graphql/node.type";
import { ConnectionType, toConnection } from "../../shared/graphql/connection.type";
import type { Page } from "../../shared/pagination";
import { OrderInputType } from "../../shared/graphql/order.type";
import { MutationPayload } from "../../shared/graphql/payload.type";
import type { AnnotationRow } from "./annotation.service";

/**
 * One span of one article plus its workflow state. The span follows the W3C Web Annotation
 * Data Model: TextPositionSelector (start/end, UTF-16 code units into Article.body, as
 * JavaScript strings count) and TextQuoteSelector (exact/prefix/suffix). Invariant:
 * article.body.slice(start, end) === exact.
 */
@InterfaceType({
  implements: Node,
  description: "An annotated span of an article (a Quote or a Claim) and its workflow state.",
  resolveType: (value: { kind?: AnnotationKind }) => (value.kind === AnnotationKind.CLAIM ? "Claim" : "Quote"),
})
export abstract class Annotation extends Node {
  articleId!: string;
  authorId!: string | null;
  lastEditorId!: string | null;

  @Field(() => AnnotationKind, { description: "QUOTE or CLAIM." })
  kind!: AnnotationKind;

  @Field(() => Int, { description: "Start of the span: UTF-16 offset into the article body (inclusive)." })
  start!: number;

  @Field(() => Int, { description: "End of the span: UTF-16 offset into the article body (exclusive)." })
  end!: number;

  @Field(() => String, { description: "The span's text, exactly as in the body." })
  exact!: string;

  @Field(() => String, { description: "Up to 32 UTF-16 code units of body text just before the span." })
  prefix!: string;

  @Field(() => String, { description: "Up to 32 UTF-16 code units of body text just after the span." })
  suffix!: string;

  @Field(() => Int, {
    description:
      "The article revision the span points into (Article.revision): the current one, except for ORPHANED work and rejected or retracted work a correction left on its old text (see Article.revisions).",
  })
  revision!: number;

  @Field(() => AnnotationStatus, { description: "Workflow state." })
  status!: AnnotationStatus;

  @Field(() => Int, { description: "Incremented by every change; writes must send the version they are based on." })
  version!: number;

  // Editorial; resolved through the viewer's policy (annotation.resolver.ts).
  note!: string | null;

  @Field(() => Date, { description: "When the annotation was created." })
  createdAt!: Date;

  @Field(() => Date, { description: "When the annotation last changed." })
  updatedAt!: Date;
}

@ObjectType({ implements: [Node, Annotation], description: "A quotation in an article and who spoke it." })
export class Quote extends Annotation {
  protected readonly typeName = "Quote";
  speakerId!: string | null;

  @Field(() => String, { nullable: true, description: 'The speaker as the article writes it, e.g. "the statement".' })
  speakerText!: string | null;

  @Field(() => QuoteKind, { description: "DIRECT (verbatim) or PARAPHRASE." })
  quoteKind!: QuoteKind;
}

@ObjectType({
  implements: [Node, Annotation],
  description: "Who asserts or denies what about whom: e.g. that an armed group is backed by foreign states.",
})
export class Claim extends Annotation {
  protected readonly typeName = "Claim";
  topicId!: string;
  subjectId!: string;
  claimantId!: string | null;
  quoteId!: string | null;

  @Field(() => Stance, { description: "ASSERTS or DENIES." })
  stance!: Stance;

  @Field(() => String, {
    nullable: true,
    description: 'Attribution as written, e.g. "according to diplomats and Tripoli officials".',
  })
  attributionText!: string | null;

  @Field(() => AttributionKind, { description: "How the claim is attributed." })
  attributionKind!: AttributionKind;
}

export const AnnotationConnection = ConnectionType(Annotation, "Annotation");
export const QuoteConnection = ConnectionType(Quote, "Quote");
export const ClaimConnection = ConnectionType(Claim, "Claim");

@ObjectType({ description: "Result of createQuote." })
export class CreateQuotePayload extends MutationPayload {
  @Field(() => Quote, { nullable: true, description: "The new quote (status DRAFT); null on error." })
  quote!: Quote | null;
}

@ObjectType({ description: "Result of createClaim." })
export class CreateClaimPayload extends MutationPayload {
  @Field(() => Claim, { nullable: true, description: "The new claim (status DRAFT); null on error." })
  claim!: Claim | null;
}

@ObjectType({ description: "Result of updateAnnotation." })
export class UpdateAnnotationPayload extends MutationPayload {
  @Field(() => Annotation, { nullable: true, description: "The annotation after the change; null on error." })
  annotation!: Annotation | null;
}

export enum AnnotationOrderField {
  POSITION = "POSITION",
  CREATED_AT = "CREATED_AT",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(AnnotationOrderField, {
  name: "AnnotationOrderField",
  description: "Fields annotations can be ordered by.",
  valuesConfig: {
    POSITION: { description: "By article, then by where the span starts in it (text order)." },
    CREATED_AT: { description: "Creation time." },
    RELEVANCE: {
      description:
        "How well the span text matches `filter.search` (DESC: most relevant first); without `orderBy`, searches come most relevant first. Only with a search.",
    },
  },
});

export const AnnotationOrder = OrderInputType(
  AnnotationOrderField,
  "AnnotationOrder",
  "an annotation list",
  SortDirection.ASC,
);
export type AnnotationOrder = InstanceType<typeof AnnotationOrder>;

/** A page of annotation rows as a connection of Quotes and Claims. */
export function annotationConnection(page: Page<AnnotationRow>) {
  return toConnection(page, annotationFromRow);
}

/** Builds the GraphQL object for an annotation row: a Quote or a Claim, flattened. */
export function annotationFromRow(row: AnnotationRow): Quote | Claim {
  const { id, quote, claim, ...annotation } = row;
  if (claim) {
    const { annotationId: _claimId, ...fields } = claim;
    return Object.assign(new Claim(), annotation, fields, { dbId: id });
  }
  const { annotationId: _quoteId, ...fields } = quote ?? {
    annotationId: id,
    speakerId: null,
    speakerText: null,
    quoteKind: "DIRECT",
  };
  return Object.assign(new Quote(), annotation, fields, { dbId: id });
}

/**
 * What readers may know of a retracted annotation: that it existed and why it was withdrawn.
 * Its content (span, speaker, claim) is not shown to readers on any path.
 */
@ObjectType({ description: "Notice that a published annotation was retracted, with the reason." })
export class RetractionNotice {
  @Field(() => ID, { description: "The retracted annotation's id (node(id:) returns null for readers)." })
  id!: string;

  @Field(() => AnnotationKind, { description: "Whether it was a quote or a claim." })
  kind!: AnnotationKind;

  @Field(() => Date, { description: "When it was retracted." })
  retractedAt!: Date;

  @Field(() => String, { description: "Why it was retracted." })
  reason!: string;
}

export function retractionNoticeFromRow(row: {
  id: string;
  kind: AnnotationKind;
  updatedAt: Date;
  retractionReason: string | null;
}): RetractionNotice {
  return {
    id: toGlobalId(row.kind === AnnotationKind.CLAIM ? "Claim" : "Quote", row.id),
    kind: row.kind,
    retractedAt: row.updatedAt,
    reason: row.retractionReason ?? "",
  };
}
