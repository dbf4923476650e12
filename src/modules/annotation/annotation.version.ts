import { Prisma } from "../../generated/prisma/client";
import type { AnnotationStatus } from "../../generated/prisma/enums";
import type { Db } from "../../shared/database/prisma";
import { queryPrepared } from "../../shared/database/prisma";
import { DomainError, ErrorCode, conflictError } from "../../shared/errors";
import { uuidV7 } from "../../shared/ids";
import { editorIdsOf } from "../workflow/workflow.table";
import type { AnnotationRow } from "./annotation.service";

/**
 * Optimistic concurrency for annotations, shared by edits (annotation.service) and workflow
 * moves (workflow.service): every write names the version it was based on.
 *
 * A write reads the annotation's whole state in one statement (one snapshot, so the version and
 * the rows that go with it agree), decides in memory, then writes the annotation and its history
 * event in one statement conditional on that version (writeVersion). Only a change to the quote
 * or claim row, or to the counterparts, adds statements, in a transaction that starts with it.
 * Nothing is read twice.
 */

/** The columns of an annotation `t`, named as Prisma names them. */
function annotationColumns(t: string): string {
  return `${t}.id::text, ${t}.article_id::text AS "articleId", ${t}.kind::text, ${t}.status::text, ${t}.version,
    ${t}.start, ${t}."end", ${t}.exact, ${t}.prefix, ${t}.suffix, ${t}.revision, ${t}.note, ${t}.retraction_reason AS "retractionReason",
    ${t}.author_id::text AS "authorId", ${t}.last_editor_id::text AS "lastEditorId", ${t}.created_at AS "createdAt",
    ${t}.updated_at AS "updatedAt"`;
}

/**
 * An AnnotationRow in SQL: the columns of the annotation `t` and, as JSON objects named as Prisma
 * names them, its quote `t_q` or claim `t_c` row (null for the other kind).
 */
export function annotationRowSql(t: string): Prisma.Sql {
  return Prisma.raw(`${annotationColumns(t)},
    CASE WHEN ${t}_q.annotation_id IS NOT NULL THEN json_build_object(
      'annotationId', ${t}_q.annotation_id, 'speakerId', ${t}_q.speaker_id, 'speakerText', ${t}_q.speaker_text,
      'quoteKind', ${t}_q.quote_kind) END AS quote,
    CASE WHEN ${t}_c.annotation_id IS NOT NULL THEN json_build_object(
      'annotationId', ${t}_c.annotation_id, 'topicId', ${t}_c.topic_id, 'stance', ${t}_c.stance,
      'subjectId', ${t}_c.subject_id, 'claimantId', ${t}_c.claimant_id, 'attributionText', ${t}_c.attribution_text,
      'attributionKind', ${t}_c.attribution_kind, 'quoteId', ${t}_c.quote_id) END AS claim`);
}

/** An annotation as a write sees it: the row, its kind row, and what the rules need. */
export interface WriteState extends AnnotationRow {
  /** Counterpart actor ids in order (claims; empty otherwise). */
  counterpartIds: string[];
  /** The article's text and its revision number, only when asked for (a span is placed). */
  articleBody: string | null;
  articleRevision: number | null;
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
  const [row] = await queryPrepared<StateRow>(
    db,
    Prisma.sql`
    SELECT ${annotationRowSql("a")},
           ARRAY(SELECT cc.actor_id::text FROM claim_counterparts cc
                  WHERE cc.claim_id = a.id ORDER BY cc.position) AS "counterpartIds",
           CASE WHEN ${want.body === true} THEN (SELECT ar.body FROM articles ar WHERE ar.id = a.article_id) END
             AS "articleBody",
           CASE WHEN ${want.body === true} THEN (SELECT ar.revision FROM articles ar WHERE ar.id = a.article_id) END
             AS "articleRevision",
           CASE WHEN ${want.editors === true} THEN
             ARRAY(SELECT e.user_id::text FROM annotation_events e WHERE e.annotation_id = a.id AND e.kind = 'UPDATED')
           ELSE '{}'::text[] END AS "editedBy"
      FROM annotations a
      LEFT JOIN quotes a_q ON a_q.annotation_id = a.id
      LEFT JOIN claims a_c ON a_c.annotation_id = a.id
     WHERE a.id = ${id}::uuid`,
  );
  if (!row) throw new DomainError(ErrorCode.NOT_FOUND, "No such annotation.", { field: ["input", "id"] });
  if (row.version !== expected) throw conflictError(row.version);
  // Who has edited it, by the workflow's own rule (the same one Annotation.availableTransitions uses).
  const { editedBy, ...state } = row;
  return { ...state, editorIds: editorIdsOf(editedBy.map((userId) => ({ kind: "UPDATED", userId }))) };
}

/** A row of readForWrite: the kind rows as JSON objects, and who wrote each UPDATED event. */
type StateRow = Omit<WriteState, "editorIds"> & { editedBy: (string | null)[] };

/** The annotation columns a write sets, with their SQL names and types. */
const WRITABLE = {
  start: ["start", "int"],
  end: [`"end"`, "int"],
  exact: ["exact", "text"],
  prefix: ["prefix", "text"],
  suffix: ["suffix", "text"],
  revision: ["revision", "int"],
  note: ["note", "text"],
  status: ["status", `"AnnotationStatus"`],
  authorId: ["author_id", "uuid"],
  lastEditorId: ["last_editor_id", "uuid"],
  retractionReason: ["retraction_reason", "text"],
} as const;

export type AnnotationWrite = { -readonly [K in keyof typeof WRITABLE]?: AnnotationColumns[K] };
export type AnnotationColumns = Omit<AnnotationRow, "quote" | "claim">;

/** The history event a write records, from the row it wrote (its new status and version). */
export interface HistoryEntry {
  kind: "UPDATED" | "TRANSITIONED";
  userId: string;
  fromStatus: AnnotationStatus;
  changes?: Record<string, { from: unknown; to: unknown }>;
  comment?: string | null;
}

/**
 * Writes `data`, increments the version and records the history event, in one statement: an
 * UPDATE conditional on the expected version, and an INSERT of the event from what it returned.
 * The UPDATE takes the row lock, so a concurrent writer that committed first makes it match no
 * row (CONFLICT, with the version now stored, read only on this path) and one still running
 * makes it wait, then match nothing. Returns the annotation as stored.
 */
export async function writeVersion(
  db: Db,
  id: string,
  expected: number,
  data: AnnotationWrite,
  entry: HistoryEntry,
): Promise<AnnotationColumns> {
  const sets = (Object.entries(data) as [keyof typeof WRITABLE, unknown][])
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => {
      const [column, type] = WRITABLE[field];
      return Prisma.sql`${Prisma.raw(column)} = ${value}::${Prisma.raw(type)}`;
    });
  const [row] = await queryPrepared<AnnotationColumns>(
    db,
    Prisma.sql`
    WITH a AS (
      UPDATE annotations
         SET ${Prisma.join([...sets, Prisma.sql`version = version + 1`, Prisma.sql`updated_at = now()`], ", ")}
       WHERE id = ${id}::uuid AND version = ${expected}
      RETURNING *),
    event AS (
      INSERT INTO annotation_events (id, annotation_id, user_id, kind, from_status, to_status, version, changes, comment)
      SELECT ${uuidV7()}::uuid, a.id, ${entry.userId}::uuid, ${entry.kind}::"AnnotationEventKind",
             ${entry.fromStatus}::"AnnotationStatus", a.status, a.version,
             ${entry.changes ? JSON.stringify(entry.changes) : null}::jsonb, ${entry.comment ?? null}::text
        FROM a)
    SELECT ${Prisma.raw(annotationColumns("a"))} FROM a`,
  );
  if (!row) {
    const now = await db.annotation.findUnique({ where: { id }, select: { version: true } });
    throw conflictError(now?.version ?? expected + 1);
  }
  return row;
}
