import type { Prisma } from "../../generated/prisma/client";
import type { Audience } from "../../shared/access/access.policy";
import { decide, enforce, seesUnpublished } from "../../shared/access/access.policy";
import type { Viewer } from "../../shared/access/viewer";

/** Field rules: an actor's edit history is editorial. */
export const ACTOR_FIELDS = {
  "Actor.history": "editors",
} as const satisfies Record<string, Audience>;

/** Row rule for actor history: editors only; null means the viewer sees none. */
export function actorEventVisibility(viewer: Viewer): Prisma.ActorEventWhereInput | null {
  return seesUnpublished(viewer) ? {} : null;
}

export function actorEventVisibilitySummary(viewer: Viewer): string {
  return seesUnpublished(viewer) ? "all" : "none";
}

/**
 * Renaming an actor that published work names changes what readers see in published claims
 * and quotes, so it takes a reviewer (or an admin); any editor may rename an actor that no
 * published work names yet.
 */
export function authorizeRename(viewer: Viewer, namedByPublishedWork: boolean): void {
  if (namedByPublishedWork) {
    enforce(decide("reviewers", viewer), "Renaming an actor that published work names");
  }
}

/**
 * Merging actors re-points published quotes and claims at another actor and retires an entry
 * readers may have linked to, so it takes a reviewer (or an admin), whatever the actors name.
 */
export function authorizeMerge(viewer: Viewer): void {
  enforce(decide("reviewers", viewer), "Merging actors");
}
