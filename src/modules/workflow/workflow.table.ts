import type { AnnotationStatus, Role } from "../../generated/prisma/enums";
import type { ErrorCode } from "../../shared/errors";
import type { ReanchorResult } from "../annotation/span.reanchor";

/**
 * The editorial workflow as data: every allowed move between annotation states, who may make
 * it, and what it demands. Pure; the services consult it and nothing else re-implements it.
 *
 *   SUGGESTED ─accept─▶ DRAFT ─submit─▶ IN_REVIEW ─approve─▶ APPROVED ─publish─▶ PUBLISHED ─retract─▶ RETRACTED
 *       │                                  │  ▲                                                  (reason)
 *    dismiss                 request changes  │ resubmit
 *       ▼                                  ▼  │
 *   REJECTED ◀──────────reject───────── CHANGES_REQUESTED (after an edit)
 *       ▲
 *       └──dismiss (reason)── ORPHANED ─(an edit giving a new span)─▶ IN_REVIEW
 *
 * ORPHANED is entered only by a correction of the article (statusAfterCorrection, below).
 */
export interface Move {
  from: AnnotationStatus;
  to: AnnotationStatus;
  roles: readonly Role[];
  /** The move needs a comment (the reason), which the history keeps. */
  comment: boolean;
  /** Only the annotation's author (or an admin) may make it. */
  ownerOnly: boolean;
  /** Four eyes: the author and anyone who edited it may never make it, admins included. */
  fourEyes: boolean;
}

const EDITORS: readonly Role[] = ["ANNOTATOR", "REVIEWER", "ADMIN"];
const REVIEWERS: readonly Role[] = ["REVIEWER", "ADMIN"];

const move = (
  from: AnnotationStatus,
  to: AnnotationStatus,
  roles: readonly Role[],
  rules: Partial<Move> = {},
): Move => ({
  from,
  to,
  roles,
  comment: false,
  ownerOnly: false,
  fourEyes: false,
  ...rules,
});

export const TRANSITIONS: readonly Move[] = [
  move("SUGGESTED", "DRAFT", EDITORS),
  move("SUGGESTED", "REJECTED", EDITORS, { comment: true }),
  move("DRAFT", "IN_REVIEW", EDITORS, { ownerOnly: true }),
  move("CHANGES_REQUESTED", "IN_REVIEW", EDITORS, { ownerOnly: true }),
  move("IN_REVIEW", "APPROVED", REVIEWERS, { fourEyes: true }),
  move("IN_REVIEW", "CHANGES_REQUESTED", REVIEWERS, { comment: true, fourEyes: true }),
  move("IN_REVIEW", "REJECTED", REVIEWERS, { comment: true, fourEyes: true }),
  move("APPROVED", "PUBLISHED", REVIEWERS, { fourEyes: true }),
  move("PUBLISHED", "RETRACTED", REVIEWERS, { comment: true }),
  move("ORPHANED", "REJECTED", REVIEWERS, { comment: true }),
];

/** The signed-in editor asking, and the annotation as it is now. */
export interface Actor {
  userId: string;
  role: Role;
}
export interface Subject {
  status: AnnotationStatus;
  authorId: string | null;
  lastEditorId: string | null;
  /** Everyone who has edited it (from its history); they are held to four eyes as well. */
  editorIds?: readonly string[];
}

/** Everyone who has edited an annotation, from its history events. */
export function editorIdsOf(history: readonly { kind: string; userId: string | null }[]): string[] {
  return [...new Set(history.flatMap((event) => (event.kind === "UPDATED" && event.userId ? [event.userId] : [])))];
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; reason: string };

const refuse = (code: ErrorCode, reason: string): { ok: false; code: ErrorCode; reason: string } => ({
  ok: false,
  code,
  reason,
});

function whyNot(move: Move, actor: Actor, subject: Subject): string | null {
  if (!move.roles.includes(actor.role)) return `a ${actor.role} may not move an annotation to ${move.to}`;
  const owns = subject.authorId === null || subject.authorId === actor.userId;
  if (move.ownerOnly && !owns && actor.role !== "ADMIN") return "only its author (or an admin) may submit it";
  const hasWorkedOnIt =
    subject.authorId === actor.userId ||
    subject.lastEditorId === actor.userId ||
    (subject.editorIds ?? []).includes(actor.userId);
  if (move.fourEyes && hasWorkedOnIt) {
    return "its author or an editor of it may not approve, review or publish it (four eyes)";
  }
  return null;
}

/** The moves this editor may make on this annotation now; what a client draws as buttons. */
export function availableMoves(actor: Actor, subject: Subject): Move[] {
  return TRANSITIONS.filter((move) => move.from === subject.status && whyNot(move, actor, subject) === null);
}

/** Whether this editor may move this annotation to `to` with this comment, and why not. */
export function checkMove(
  actor: Actor,
  subject: Subject,
  to: AnnotationStatus,
  comment?: string | null,
): Verdict<Move> {
  const candidate = TRANSITIONS.find((move) => move.from === subject.status && move.to === to);
  if (!candidate) return refuse("INVALID_TRANSITION", `An annotation cannot move from ${subject.status} to ${to}.`);
  const reason = whyNot(candidate, actor, subject);
  if (reason) return refuse("FORBIDDEN", `Not allowed: ${reason}.`);
  if (candidate.comment && !comment?.trim()) {
    return refuse("COMMENT_REQUIRED", `Moving to ${to} needs a comment giving the reason.`);
  }
  return { ok: true, value: candidate };
}

/**
 * Who may edit an annotation in its state, and the state an edit leaves it in:
 * - its author (or an admin) edits SUGGESTED, DRAFT and CHANGES_REQUESTED work in place;
 * - reviewers and admins may correct IN_REVIEW and APPROVED work; an edit to APPROVED work
 *   sends it back to IN_REVIEW, and the editor (now last editor) cannot approve it;
 * - ORPHANED work is placed again by an edit giving a new span (its author, reviewers, admins),
 *   which sends it to IN_REVIEW: a second pair of eyes checks where it now points;
 * - PUBLISHED, REJECTED and RETRACTED work is never edited: retract it and create a new one.
 */
export function checkEdit(actor: Actor, subject: Subject): Verdict<AnnotationStatus> {
  const owns = subject.authorId === null || subject.authorId === actor.userId || actor.role === "ADMIN";
  switch (subject.status) {
    case "SUGGESTED":
    case "DRAFT":
    case "CHANGES_REQUESTED":
      return owns
        ? { ok: true, value: subject.status }
        : refuse("FORBIDDEN", "Only its author (or an admin) may edit an annotation before review.");
    case "IN_REVIEW":
    case "APPROVED":
      return actor.role === "ANNOTATOR"
        ? refuse("FORBIDDEN", "Only reviewers and admins may edit an annotation under review.")
        : { ok: true, value: "IN_REVIEW" };
    case "ORPHANED":
      return owns || actor.role !== "ANNOTATOR"
        ? { ok: true, value: "IN_REVIEW" }
        : refuse("FORBIDDEN", "Only its author, reviewers and admins may place an orphaned annotation again.");
    case "PUBLISHED":
    case "REJECTED":
    case "RETRACTED":
      return refuse(
        "NOT_EDITABLE",
        `A ${subject.status} annotation is not edited in place; retract it (if published) and create a new one.`,
      );
  }
}

/**
 * The state a correction of the article leaves an annotation in, by how its span was re-anchored;
 * null when the annotation stays as it was, on the revision it was made on.
 * - Work whose words are unchanged keeps its state wherever they moved: published stays published.
 * - Approved or published work whose words changed goes back to IN_REVIEW; earlier work keeps its state.
 * - Work that could not be placed becomes ORPHANED, for an editor to place again or dismiss.
 * - Rejected and retracted work is the record of a decision: it follows its words if they are
 *   unchanged, and otherwise stays on its revision.
 */
export function statusAfterCorrection(status: AnnotationStatus, result: ReanchorResult): AnnotationStatus | null {
  const terminal = status === "REJECTED" || status === "RETRACTED" || status === "ORPHANED";
  if (result === "UNCHANGED" || result === "MOVED") return status === "ORPHANED" ? null : status;
  if (terminal) return null;
  if (result === "ORPHANED") return "ORPHANED";
  return status === "APPROVED" || status === "PUBLISHED" ? "IN_REVIEW" : status;
}
