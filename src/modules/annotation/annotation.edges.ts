import type { Actor } from "../../generated/prisma/client";
import type { AnnotationKind } from "../../generated/prisma/enums";
import type { Loaders } from "../../scope";
import type { AnnotationRow } from "./annotation.service";

/**
 * The nested edges that lead to or from annotations, composed from the per-request loaders
 * (so they batch, and carry the viewer's visibility rule). Resolvers call these and only
 * map the results; the rules of which rows belong to an edge live here.
 */
export function createAnnotationEdges(loaders: Loaders) {
  const present = <T>(rows: (T | Error | null)[]): T[] =>
    rows.flatMap((row) => (row && !(row instanceof Error) ? [row] : []));

  /** Narrows claims to one topic key, when given. */
  const onTopic = async (rows: AnnotationRow[], topic: string | null | undefined) => {
    if (!topic) return rows;
    const claims = rows.flatMap((row) => (row.claim ? [{ row, topicId: row.claim.topicId }] : []));
    const topics = await loaders.topicById.loadMany(claims.map((claim) => claim.topicId));
    return claims.filter((_claim, i) => (topics[i] as { key?: string } | null)?.key === topic).map((c) => c.row);
  };

  return {
    /** An article's annotations in text order, optionally of one kind (and, for claims, one topic). */
    async ofArticle(articleId: string, kind?: AnnotationKind, topic?: string | null) {
      const rows = await loaders.annotationsByArticleId.load(articleId);
      return onTopic(kind ? rows.filter((row) => row.kind === kind) : rows, topic);
    },

    /** Actors an article's annotations name — speakers, subjects, claimants, counterparts — by name. */
    async actorsOfArticle(articleId: string): Promise<Actor[]> {
      const rows = await loaders.annotationsByArticleId.load(articleId);
      const counterparts = present(
        await loaders.counterpartsByClaimId.loadMany(rows.filter((r) => r.claim).map((r) => r.id)),
      );
      const ids = new Set<string>(counterparts.flat());
      for (const row of rows) {
        for (const id of [row.quote?.speakerId, row.claim?.subjectId, row.claim?.claimantId]) if (id) ids.add(id);
      }
      return present(await loaders.actorById.loadMany([...ids])).sort(
        (a, b) => a.normalizedName.localeCompare(b.normalizedName) || a.id.localeCompare(b.id),
      );
    },

    /** Claims made in a quote (they are in the quote's article). */
    async claimsInQuote(articleId: string, quoteId: string) {
      const rows = await loaders.annotationsByArticleId.load(articleId);
      return rows.filter((row) => row.claim?.quoteId === quoteId);
    },

    quotesBySpeaker: (actorId: string) => loaders.quotesBySpeakerId.load(actorId),

    async claimsByRole(role: "claimant" | "subject" | "counterpart", actorId: string, topic?: string | null) {
      const loader = {
        claimant: loaders.claimsByClaimantId,
        subject: loaders.claimsBySubjectId,
        counterpart: loaders.claimsByCounterpartId,
      }[role];
      return onTopic(await loader.load(actorId), topic);
    },

    /** A claim's counterparts in the order the claim names them. */
    async counterparts(claimId: string): Promise<Actor[]> {
      return present(await loaders.actorById.loadMany(await loaders.counterpartsByClaimId.load(claimId)));
    },
  };
}

export type AnnotationEdges = ReturnType<typeof createAnnotationEdges>;
