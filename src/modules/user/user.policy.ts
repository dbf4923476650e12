import type { Prisma } from "../../generated/prisma/client";
import { seesUnpublished } from "../../shared/access/access.policy";
import type { Viewer } from "../../shared/access/viewer";

/**
 * Row rule: accounts are visible to editors (who see each other in history and comments),
 * never to readers; null means the viewer sees none.
 */
export function userVisibility(viewer: Viewer): Prisma.UserWhereInput | null {
  return seesUnpublished(viewer) ? {} : null;
}

export function userVisibilitySummary(viewer: Viewer): string {
  return seesUnpublished(viewer) ? "all" : "none";
}
