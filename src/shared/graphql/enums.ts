import { registerEnumType } from "type-graphql";
import {
  ActorKind,
  AnnotationKind,
  AnnotationStatus,
  AttributionKind,
  QuoteKind,
  Stance,
} from "../../generated/prisma/enums";

/**
 * Domain enums are declared once, in prisma/schema.prisma; this registers the generated
 * values with GraphQL under the same names.
 */
export { ActorKind, AnnotationKind, AnnotationStatus, AttributionKind, QuoteKind, Stance };

registerEnumType(ActorKind, { name: "ActorKind", description: "What kind of actor an Actor is." });
registerEnumType(AnnotationKind, {
  name: "AnnotationKind",
  description: "Which kind of annotation: a Quote or a Claim.",
});
registerEnumType(AnnotationStatus, {
  name: "AnnotationStatus",
  description:
    "Workflow state: SUGGESTED → DRAFT → IN_REVIEW → APPROVED → PUBLISHED, with CHANGES_REQUESTED, REJECTED and RETRACTED. Readers see PUBLISHED only.",
});
registerEnumType(AttributionKind, { name: "AttributionKind", description: "How the article attributes a claim." });
registerEnumType(QuoteKind, { name: "QuoteKind", description: "A verbatim quotation or a paraphrase." });
registerEnumType(Stance, { name: "Stance", description: "Whether the claimant asserts or denies the claim." });

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection", description: "Sort direction." });
