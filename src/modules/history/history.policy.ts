import { Prisma } from "../../generated/prisma/client";
import type { Audience } from "../../shared/access/access.policy";
import { seesUnpublished } from "../../shared/access/access.policy";
import type { Viewer } from "../../shared/access/viewer";

/**
 * Row rule for history events. Editors see every event. Readers see only publications (moves
 * to PUBLISHED) of annotations that are published now: the moment a piece of knowledge became
 * public, which is what the live subscription tells them, and nothing of the work before it.
 */
export function eventVisibility(viewer: Viewer): Prisma.AnnotationEventWhereInput {
  return seesUnpublished(viewer)
    ? {}
    : { kind: "TRANSITIONED", toStatus: "PUBLISHED", annotation: { status: "PUBLISHED" } };
}

/** The same rule as SQL over annotation_events under `alias`. */
export function eventVisibilitySql(viewer: Viewer, alias: Prisma.Sql): Prisma.Sql {
  return seesUnpublished(viewer)
    ? Prisma.sql`TRUE`
    : Prisma.sql`${alias}.kind = 'TRANSITIONED' AND ${alias}.to_status = 'PUBLISHED'
        AND EXISTS (SELECT 1 FROM annotations x WHERE x.id = ${alias}.annotation_id AND x.status = 'PUBLISHED')`;
}

export function eventVisibilitySummary(viewer: Viewer): string {
  return seesUnpublished(viewer) ? "every event" : "publications of published work";
}

/** Field rules: who did it, what changed and why are editorial. */
export const EVENT_FIELDS = {
  "AnnotationEvent.user": "editors",
  "AnnotationEvent.changes": "editors",
  "AnnotationEvent.comment": "editors",
} as const satisfies Record<string, Audience>;
