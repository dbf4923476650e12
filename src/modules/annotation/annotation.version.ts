import type { Prisma } from "../../generated/prisma/client";
import type {
  AnnotationKind,
  AnnotationStatus,
  AttributionKind,
  QuoteKind,
  Stance,
} from "../../generated/prisma/enums";
import type { Db } from "../../shared/database/prisma";
import { DomainError, ErrorCode, conflictError } from "../../shared/errors";
import type { AnnotationRow } from "./annotation.service";

/**
 * Optimistic concurrency for annotations, shared by edits (annotation.service) and workflow
 * moves (workflow.service): every write names the version it was based on.
 *
 * A write reads the annotation's whole state in one statement (one snapshot, so the version and
 * the rows that go with it agree), decides in memory, then applies its changes in a transaction
 * whose first statement is the UPDATE conditional on that version. Nothing is read twice.
 */

/** An annotation as a write sees it: the row, its kind row, and what the rules need. */
export interface WriteState extends AnnotationRow {
  /** Counterpart actor ids in order (claims; empty otherwise). */
  counterpartIds: string[];
  /** The article's text, only when asked for (a span is re-anchored). */
  articleBody: string | null;
  /** Everyone who has edited it, only when asked for (the four-eyes rule of moves). */
  editorIds: string[];
}

export interface ReadForWrite {
  body?: boolean;
  editors?: boolean;
}

/**
 * The annotation's state at the version the writer expects, in one statement: NOT_FOUND when
 * there is none, CONFLICT (with the stored version) when it has moved on. A stale writer fails
 * here, before it takes a connection for a transaction.
 */
export async function readForWrite(db: Db, id: string, expected: number, want: ReadForWrite = {}): Promise<WriteState> {
  const rows = await db.$queryRaw<StateRow[]>`
    SELECT a.id::text, a.article_id::text AS "articleId", a.kind::text, a.status::text, a.version,
           a.start, a."end", a.exact, a.prefix, a.suffix, a.note,
           a.retraction_reason AS "retractionReason", a.author_id::text AS "authorId",
           a.last_editor_id::text AS "lastEditorId", a.created_at AS "createdAt", a.updated_at AS "updatedAt",
           q.annotation_id IS NOT NULL AS "isQuote", q.speaker_id::text AS "speakerId",
           q.speaker_text AS "speakerText", q.quote_kind::text AS "quoteKind",
           c.annotation_id IS NOT NULL AS "isClaim", c.topic_id::text AS "topicId", c.stance::text,
           c.subject_id::text AS "subjectId", c.claimant_id::text AS "claimantId",
           c.attribution_text AS "attributionText", c.attribution_kind::text AS "attributionKind",
           c.quote_id::text AS "quoteId",
           ARRAY(SELECT cc.actor_id::text FROM claim_counterparts cc
                  WHERE cc.claim_id = a.id ORDER BY cc.position) AS "counterpartIds",
           CASE WHEN ${want.body === true} THEN (SELECT ar.body FROM articles ar WHERE ar.id = a.article_id) END
             AS "articleBody",
           CASE WHEN ${want.editors === true} THEN
             ARRAY(SELECT DISTINCT e.user_id::text FROM annotation_events e
                    WHERE e.annotation_id = a.id AND e.kind = 'UPDATED' AND e.user_id IS NOT NULL)
           ELSE '{}'::text[] END AS "editorIds"
      FROM annotations a
      LEFT JOIN quotes q ON q.annotation_id = a.id
      LEFT JOIN claims c ON c.annotation_id = a.id
     WHERE a.id = ${id}::uuid`;
  const row = rows[0];
  if (!row) throw new DomainError(ErrorCode.NOT_FOUND, "No such annotation.", { field: ["input", "id"] });
  if (row.version !== expected) throw conflictError(row.version);
  const { isQuote, isClaim, speakerId, speakerText, quoteKind, topicId, stance, subjectId, claimantId, ...rest } = row;
  const { attributionText, attributionKind, quoteId, ...annotation } = rest;
  return {
    ...annotation,
    quote: isQuote ? { annotationId: row.id, speakerId, speakerText, quoteKind: quoteKind! } : null,
    claim: isClaim
      ? {
          annotationId: row.id,
          topicId: topicId!,
          stance: stance!,
          subjectId: subjectId!,
          claimantId,
          attributionText,
          attributionKind: attributionKind!,
          quoteId,
        }
      : null,
  };
}

interface StateRow {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  status: AnnotationStatus;
  version: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string | null;
  retractionReason: string | null;
  authorId: string | null;
  lastEditorId: string | null;
  createdAt: Date;
  updatedAt: Date;
  isQuote: boolean;
  speakerId: string | null;
  speakerText: string | null;
  quoteKind: QuoteKind | null;
  isClaim: boolean;
  topicId: string | null;
  stance: Stance | null;
  subjectId: string | null;
  claimantId: string | null;
  attributionText: string | null;
  attributionKind: AttributionKind | null;
  quoteId: string | null;
  counterpartIds: string[];
  articleBody: string | null;
  editorIds: string[];
}

/**
 * Applies `data` and increments the version in one UPDATE conditional on the expected version,
 * returning the annotation as stored. It also takes the row lock: a concurrent writer that
 * committed first makes it match no row (CONFLICT with the version now stored, read only on
 * this path), and one still running makes it wait until it ends, then match nothing.
 */
export async function bumpVersion(
  tx: Db,
  id: string,
  expected: number,
  data: Prisma.AnnotationUncheckedUpdateManyInput,
) {
  const [bumped] = await tx.annotation.updateManyAndReturn({
    where: { id, version: expected },
    data: { ...data, version: { increment: 1 } },
  });
  if (!bumped) {
    const now = await tx.annotation.findUnique({ where: { id }, select: { version: true } });
    throw conflictError(now?.version ?? expected + 1);
  }
  return bumped;
}
