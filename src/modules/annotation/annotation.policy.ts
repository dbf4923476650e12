import { Prisma } from "../../generated/prisma/client";
import type { Audience } from "../../shared/access/access.policy";
import { seesUnpublished } from "../../shared/access/access.policy";
import type { Viewer } from "../../shared/access/viewer";

/**
 * Row rule: which annotations a viewer may see. Merged into every list query, count and
 * loader (never applied by filtering after the fetch), so that no path shows more.
 */
export function annotationVisibility(viewer: Viewer): Prisma.AnnotationWhereInput {
  return seesUnpublished(viewer) ? {} : { status: "PUBLISHED" };
}

/** The same rule as SQL over the annotations table under `alias` (nested edges are read in SQL). */
export function annotationVisibilitySql(viewer: Viewer, alias: Prisma.Sql): Prisma.Sql {
  return seesUnpublished(viewer) ? Prisma.sql`TRUE` : Prisma.sql`${alias}.status = 'PUBLISHED'`;
}

/** The same rule in words, for the generated who-sees-what table. */
export function annotationVisibilitySummary(viewer: Viewer): string {
  return seesUnpublished(viewer) ? "every state" : "PUBLISHED only";
}

/**
 * Field rules: editorial detail on an annotation. A field the viewer may not read resolves to
 * null with a coded error and leaves the annotation itself standing.
 */
export const ANNOTATION_FIELDS = {
  "Annotation.note": "editors",
  "Annotation.history": "editors",
  "Annotation.comments": "editors",
} as const satisfies Record<string, Audience>;

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
