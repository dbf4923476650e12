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

const describe = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([value, description]) => [value, { description }]));

registerEnumType(ActorKind, {
  name: "ActorKind",
  description: "What kind of actor an Actor is.",
  valuesConfig: describe({
    PERSON: "A named individual.",
    ORGANIZATION: "A company, NGO, party or international organisation.",
    GOVERNMENT_BODY: "A ministry, department, agency or government.",
    STATE: "A country as a whole.",
    ARMED_GROUP: "An army, militia, mercenary force or other armed group.",
    MEDIA_OUTLET: "A newspaper, broadcaster or agency.",
    OTHER: "Anything else.",
  }),
});
registerEnumType(AnnotationKind, {
  name: "AnnotationKind",
  description: "Which kind of annotation: a Quote or a Claim.",
  valuesConfig: describe({ QUOTE: "A Quote.", CLAIM: "A Claim." }),
});
registerEnumType(AnnotationStatus, {
  name: "AnnotationStatus",
  description:
    "Workflow state: SUGGESTED → DRAFT → IN_REVIEW → APPROVED → PUBLISHED, with CHANGES_REQUESTED, REJECTED, RETRACTED and ORPHANED. Readers see PUBLISHED only.",
  valuesConfig: describe({
    SUGGESTED: "Proposed by a machine; becomes DRAFT when an annotator accepts it.",
    DRAFT: "Being written by its annotator.",
    IN_REVIEW: "Submitted; waiting for a reviewer.",
    CHANGES_REQUESTED: "Sent back to the annotator with a comment.",
    APPROVED: "Accepted by a reviewer; not yet visible to readers.",
    PUBLISHED: "Visible to readers.",
    REJECTED: "Refused by a reviewer, with a comment.",
    RETRACTED: "Withdrawn after publication, with a reason.",
    ORPHANED:
      "A correction of the article left its span nowhere it could be placed with confidence; `exact` is its old text and `revision` the article revision it points into. An edit giving a new span sends it to IN_REVIEW; a reviewer may reject it.",
  }),
});
registerEnumType(AttributionKind, {
  name: "AttributionKind",
  description: "How the article attributes a claim.",
  valuesConfig: describe({
    SELF: "The subject speaks about itself (e.g. a denial).",
    NAMED_SOURCE: "A source the article names.",
    ANONYMOUS_SOURCE: "A source the article describes but does not name (e.g. diplomats).",
    UNATTRIBUTED: "No source, or only vague ones (e.g. the reports).",
  }),
});
registerEnumType(QuoteKind, {
  name: "QuoteKind",
  description: "A verbatim quotation or a paraphrase.",
  valuesConfig: describe({ DIRECT: "Verbatim, in quotation marks.", PARAPHRASE: "Reported speech." }),
});
registerEnumType(Stance, {
  name: "Stance",
  description: "Whether the claimant asserts or denies the claim.",
  valuesConfig: describe({ ASSERTS: "States that it is so.", DENIES: "States that it is not so." }),
});

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Sort direction.",
  valuesConfig: describe({ ASC: "Ascending.", DESC: "Descending." }),
});
