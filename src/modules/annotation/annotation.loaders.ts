import DataLoader from "dataloader";
import type { AnnotationKind } from "../../generated/prisma/enums";
import type { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../shared/database/prisma";
import { byKey, groupByKey } from "../../shared/loaders";
import type { AnnotationRow } from "./annotation.service";
import { annotationInclude } from "./annotation.service";

/**
 * Per-request batch loaders for every edge that leads to annotations. Each batch is one
 * query with the viewer's visibility rule merged into its WHERE, so nested lists cost a
 * fixed number of statements whatever the page size, and never show more than the lists do.
 */
export function createAnnotationLoaders(db: Db, visible: Prisma.AnnotationWhereInput) {
  const ordered = [{ articleId: "asc" as const }, { start: "asc" as const }, { id: "asc" as const }];

  const annotationsBy = (where: (ids: string[]) => object, keyOf: (row: AnnotationRow) => string[]) =>
    new DataLoader<string, AnnotationRow[]>(async (keys) => {
      const rows = await db.annotation.findMany({
        where: { AND: [visible, where([...keys])] },
        include: annotationInclude,
        orderBy: ordered,
      });
      const groups = new Map<string, AnnotationRow[]>(keys.map((key) => [key, []]));
      for (const row of rows) for (const key of keyOf(row)) groups.get(key)?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    });

  const counterpartsByClaimId = new DataLoader<string, string[]>(async (claimIds) => {
    const rows = await db.claimCounterpart.findMany({
      where: { claimId: { in: [...claimIds] } },
      orderBy: { position: "asc" },
    });
    return groupByKey(claimIds, rows, (row) => row.claimId).map((group) => group.map((row) => row.actorId));
  });

  return {
    annotationById: new DataLoader<string, AnnotationRow | null>(async (ids) =>
      byKey(
        ids,
        await db.annotation.findMany({
          where: { AND: [visible, { id: { in: [...ids] } }] },
          include: annotationInclude,
        }),
        (row) => row.id,
      ),
    ),
    annotationsByArticleId: annotationsBy(
      (ids) => ({ articleId: { in: ids } }),
      (row) => [row.articleId],
    ),
    quotesBySpeakerId: annotationsBy(
      (ids) => ({ quote: { speakerId: { in: ids } } }),
      (row) => (row.quote?.speakerId ? [row.quote.speakerId] : []),
    ),
    claimsBySubjectId: annotationsBy(
      (ids) => ({ claim: { subjectId: { in: ids } } }),
      (row) => (row.claim ? [row.claim.subjectId] : []),
    ),
    claimsByClaimantId: annotationsBy(
      (ids) => ({ claim: { claimantId: { in: ids } } }),
      (row) => (row.claim?.claimantId ? [row.claim.claimantId] : []),
    ),
    claimsByCounterpartId: new DataLoader<string, AnnotationRow[]>(async (actorIds) => {
      const links = await db.claimCounterpart.findMany({
        where: { actorId: { in: [...actorIds] }, claim: { annotation: visible } },
        include: { claim: { include: { annotation: { include: annotationInclude } } } },
        orderBy: [{ claim: { annotation: { articleId: "asc" } } }, { claim: { annotation: { start: "asc" } } }],
      });
      return groupByKey(actorIds, links, (link) => link.actorId).map((group) =>
        group.map((link) => link.claim.annotation),
      );
    }),
    counterpartsByClaimId,
    /** Retraction notices are public: id, kind, time and reason only, never the content. */
    retractionsByArticleId: new DataLoader<
      string,
      { id: string; articleId: string; kind: AnnotationKind; updatedAt: Date; retractionReason: string | null }[]
    >(async (articleIds) =>
      groupByKey(
        articleIds,
        await db.annotation.findMany({
          where: { articleId: { in: [...articleIds] }, status: "RETRACTED" },
          select: { id: true, articleId: true, kind: true, updatedAt: true, retractionReason: true },
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
        }),
        (row) => row.articleId,
      ),
    ),
  };
}

export type AnnotationLoaders = ReturnType<typeof createAnnotationLoaders>;
