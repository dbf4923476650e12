import type { AnnotationStatus, WebAnnotationFragment } from "./generated/graphql";

/** What a workflow move's button says (the moves themselves come from availableTransitions). */
export const MOVE_LABELS: Record<AnnotationStatus, string> = {
  DRAFT: "Accept suggestion",
  IN_REVIEW: "Submit for review",
  APPROVED: "Approve",
  PUBLISHED: "Publish",
  CHANGES_REQUESTED: "Request changes",
  REJECTED: "Reject",
  RETRACTED: "Retract",
  ORPHANED: "Orphan",
  SUGGESTED: "Suggest",
};

export const STATUS_LABELS: Record<AnnotationStatus, string> = {
  SUGGESTED: "suggested",
  DRAFT: "draft",
  IN_REVIEW: "in review",
  CHANGES_REQUESTED: "changes requested",
  APPROVED: "approved",
  PUBLISHED: "published",
  REJECTED: "rejected",
  RETRACTED: "retracted",
  ORPHANED: "orphaned",
};

/** One line saying what an annotation is: "Claim (asserts, Foreign backing) about X by Y". */
export function describeAnnotation(annotation: WebAnnotationFragment): string {
  if (annotation.__typename === "Quote") {
    const speaker = annotation.speaker?.name ?? annotation.speakerText ?? "unknown speaker";
    return `Quote by ${speaker}`;
  }
  const claimant = annotation.claimant?.name ?? annotation.attributionText ?? "unattributed";
  const counterparts = annotation.counterparts.map((actor) => actor.name).join(", ");
  return (
    `Claim: ${claimant} ${annotation.stance === "DENIES" ? "denies" : "asserts"} (${annotation.topic.label}) ` +
    `about ${annotation.subject.name}${counterparts ? `; counterparts: ${counterparts}` : ""}`
  );
}

/** The CSS classes of a highlighted span: its kind, stance and state. */
export function highlightClass(annotation: WebAnnotationFragment): string {
  const kind = annotation.__typename === "Quote" ? "quote" : `claim ${annotation.stance.toLowerCase()}`;
  return `${kind}${annotation.status === "PUBLISHED" ? "" : " unpublished"}`;
}

/** A failure that is not a typed payload error (the network, a refused session), for the screen. */
export function unexpected(failure: unknown): string {
  const message = failure instanceof Error ? failure.message : String(failure);
  return `Not saved: ${message}. Check the connection, or sign in again.`;
}
