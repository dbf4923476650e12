import type { Prisma } from "../../generated/prisma/client";
import type { Viewer } from "../../shared/access";
import { seesUnpublished } from "../../shared/access";

/**
 * Row rule: which annotations a viewer may see. Merged into every list query, count and
 * loader (never applied by filtering after the fetch), so that no path shows more.
 */
export function annotationVisibility(viewer: Viewer): Prisma.AnnotationWhereInput {
  return seesUnpublished(viewer) ? {} : { status: "PUBLISHED" };
}

/** Annotations that name the actor in any role: speaker, subject, claimant or counterpart. */
export function mentionsActor(actorId: string): Prisma.AnnotationWhereInput {
  return {
    OR: [
      { quote: { speakerId: actorId } },
      { claim: { subjectId: actorId } },
      { claim: { claimantId: actorId } },
      { claim: { counterparts: { some: { actorId } } } },
    ],
  };
}

/**
 * Which live events a viewer receives: editors every event; readers only the moment an
 * annotation becomes public (a move to PUBLISHED), never drafts, edits or comments.
 */
export function seesEvent(viewer: Viewer, event: { kind: string; toStatus: string | null }): boolean {
  return seesUnpublished(viewer) || (event.kind === "TRANSITIONED" && event.toStatus === "PUBLISHED");
}
