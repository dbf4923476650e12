import type { Prisma } from "../../generated/prisma/client";
import { seesUnpublished } from "../../shared/access/access.policy";
import type { Viewer } from "../../shared/access/viewer";

/** Row rule: editors' comments exist for editors only; null means the viewer sees none. */
export function commentVisibility(viewer: Viewer): Prisma.CommentWhereInput | null {
  return seesUnpublished(viewer) ? {} : null;
}

export function commentVisibilitySummary(viewer: Viewer): string {
  return seesUnpublished(viewer) ? "all" : "none";
}
