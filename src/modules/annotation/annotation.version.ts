import type { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../shared/database/prisma";
import { conflictError } from "../../shared/errors";

/**
 * Optimistic concurrency for annotations, shared by edits (annotation.service) and workflow
 * moves (workflow.service): every write names the version it was based on.
 */

/**
 * A cheap read before opening a transaction: a writer that is already stale fails at once
 * instead of queueing for a pooled connection (the conditional UPDATE stays the real check).
 */
export async function failFastOnStaleVersion(db: Db, id: string, expected: number): Promise<void> {
  const seen = await db.annotation.findUnique({ where: { id }, select: { version: true } });
  if (seen && seen.version !== expected) throw conflictError(seen.version);
}

export function assertVersion(current: number, expected: number): void {
  if (current !== expected) throw conflictError(current);
}

/**
 * Applies `data` and increments the version in one UPDATE conditional on the expected version.
 * It also takes the row lock: a concurrent writer that committed first makes it match no row
 * (CONFLICT with the version now stored), and one still running makes it wait until it ends.
 */
export async function bumpVersion(
  tx: Db,
  id: string,
  expected: number,
  data: Prisma.AnnotationUncheckedUpdateManyInput,
): Promise<void> {
  const bumped = await tx.annotation.updateMany({
    where: { id, version: expected },
    data: { ...data, version: { increment: 1 } },
  });
  if (bumped.count === 0) {
    const now = await tx.annotation.findUnique({ where: { id }, select: { version: true } });
    throw conflictError(now?.version ?? expected);
  }
}
