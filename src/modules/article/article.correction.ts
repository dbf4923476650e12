import type { AnnotationStatus } from "../../generated/prisma/enums";
import type { Viewer } from "../../shared/access/viewer";
import { authorizeWrite, decide, enforce } from "../../shared/access/access.policy";
import { mapDatabaseError } from "../../shared/database/errors";
import type { Db, PrismaClient } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";
import { uuidV7 } from "../../shared/ids";
import type { ReanchorResult, StoredSpan } from "../annotation/span.reanchor";
import { reanchorSpans } from "../annotation/span.reanchor";
import { contentHash, parseArticleBody } from "../ingest/article.parser";
import { statusAfterCorrection } from "../workflow/workflow.table";
import { duplicateError } from "./article.duplicate";

export interface CorrectArticleFields {
  id: string;
  body: string;
  title?: string | null;
  expectedRevision: number;
  note?: string | null;
}

/** What a correction did to one annotation. */
export interface ReanchoredAnnotation {
  annotationId: string;
  result: ReanchorResult | "LEFT_ON_REVISION";
  fromStatus: AnnotationStatus;
  toStatus: AnnotationStatus;
}

export interface Correction {
  articleId: string;
  revision: number;
  annotations: ReanchoredAnnotation[];
}

interface LockedArticle {
  title: string;
  body: string;
  revision: number;
}

interface LockedAnnotation extends StoredSpan {
  id: string;
  status: AnnotationStatus;
}

/**
 * Replaces an article's text (reviewers and admins), keeping the text it replaces as a revision,
 * and re-anchors every annotation on the new text (span.reanchor.ts) in the same transaction:
 * each lands on its own words or becomes ORPHANED, and its state follows statusAfterCorrection.
 * Every annotation whose span or state changed gets a REANCHORED history event and a new version,
 * so an edit based on its old offsets fails with CONFLICT.
 *
 * The article row is locked first (FOR UPDATE), then its annotations; writes that anchor a span
 * take the article's row lock in share mode (lockRevision), so none anchors on a text being
 * replaced. Seven statements whatever the number of annotations.
 */
export async function correctArticle(
  prisma: PrismaClient,
  viewer: Viewer,
  input: CorrectArticleFields,
): Promise<Correction> {
  authorizeWrite(viewer, "article:correct");
  enforce(decide("reviewers", viewer), "Correcting an article");
  const body = parseArticleBody(input.body);
  const hash = contentHash(body);
  const note = input.note?.trim() || null;
  if (input.title !== undefined && input.title !== null && !input.title.trim()) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "The title is empty; leave it out to keep the current one.", {
      field: ["input", "title"],
    });
  }

  try {
    return await prisma.$transaction(async (tx) => {
      const [current] = await tx.$queryRaw<LockedArticle[]>`
        SELECT title, body, revision FROM articles WHERE id = ${input.id}::uuid FOR UPDATE`;
      if (!current) throw new DomainError(ErrorCode.NOT_FOUND, "No such article.", { field: ["input", "id"] });
      if (current.revision !== input.expectedRevision) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `The article was corrected since the revision you saw; it is now at revision ${current.revision}. Reload and try again.`,
          { field: ["input", "expectedRevision"], currentVersion: current.revision },
        );
      }
      const title = input.title?.trim() || current.title;
      if (body === current.body && title === current.title) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, "The correction changes neither the text nor the title.", {
          field: ["input", "body"],
        });
      }
      await refuseDuplicate(tx, input.id, hash);

      // Locked in id order, as every other writer that locks several annotations does (no deadlock).
      const locked = await tx.$queryRaw<LockedAnnotation[]>`
        SELECT id::text, status::text, start, "end", exact, prefix, suffix
          FROM annotations WHERE article_id = ${input.id}::uuid AND revision = ${current.revision}
         ORDER BY id FOR UPDATE`;
      const annotations = locked.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
      const outcomes = reanchorSpans(current.body, body, annotations);
      const next = current.revision + 1;

      await tx.$executeRaw`
        INSERT INTO article_revisions (id, article_id, revision, title, body, corrected_by_id, note, created_at)
        SELECT ${uuidV7()}::uuid, a.id, a.revision, a.title, a.body, ${viewer.id}::uuid, ${note},
               COALESCE((SELECT max(r.superseded_at) FROM article_revisions r WHERE r.article_id = a.id), a.created_at)
          FROM articles a WHERE a.id = ${input.id}::uuid`;
      await tx.$executeRaw`
        UPDATE articles SET body = ${body}, title = ${title}, content_hash = ${hash}, revision = ${next}, updated_at = now()
         WHERE id = ${input.id}::uuid`;

      const report: ReanchoredAnnotation[] = [];
      const writes: AnnotationWriteRow[] = [];
      annotations.forEach((annotation, i) => {
        const { result, span } = outcomes[i]!;
        const toStatus = statusAfterCorrection(annotation.status, result);
        if (toStatus === null) {
          report.push({ annotationId: annotation.id, result: "LEFT_ON_REVISION", ...same(annotation.status) });
          return;
        }
        report.push({ annotationId: annotation.id, result, fromStatus: annotation.status, toStatus });
        const placed = span ?? annotation;
        const changes = changesOf(
          annotation,
          placed,
          result === "ORPHANED" ? current.revision : next,
          current.revision,
        );
        writes.push({
          id: annotation.id,
          ...pick(placed),
          status: toStatus,
          revision: result === "ORPHANED" ? current.revision : next,
          // Only the revision number moved: no event, no new version.
          event: result !== "UNCHANGED" || toStatus !== annotation.status,
          eventId: uuidV7(),
          fromStatus: annotation.status,
          changes: JSON.stringify(changes),
        });
      });
      await writeAnnotations(tx, writes, viewer.id, note);
      return { articleId: input.id, revision: next, annotations: report };
    });
  } catch (error) {
    // Lost a race with an import or correction producing the same text.
    if (mapDatabaseError(error)?.field?.at(-1) === "contentHash") await refuseDuplicate(prisma, input.id, hash);
    throw error;
  }
}

/**
 * The article's revision, read under a share lock for the rest of the caller's transaction: a
 * write that anchored a span on the text of `revision` calls it before writing, and gets CONFLICT
 * if a correction replaced that text meanwhile. A correction waits for it, and then re-anchors
 * what it wrote.
 */
export async function lockRevision(tx: Db, articleId: string, revision: number): Promise<void> {
  const [row] = await tx.$queryRaw<{ revision: number }[]>`
    SELECT revision FROM articles WHERE id = ${articleId}::uuid FOR SHARE`;
  if (row && row.revision !== revision) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `The article was corrected while this span was being placed (it is now at revision ${row.revision}); send it again.`,
      { field: ["input", "exact"], currentVersion: row.revision },
    );
  }
}

interface AnnotationWriteRow extends StoredSpan {
  id: string;
  status: AnnotationStatus;
  revision: number;
  event: boolean;
  eventId: string;
  fromStatus: AnnotationStatus;
  changes: string;
}

/** Every annotation's new span, state and revision, and their history events, in one statement. */
async function writeAnnotations(tx: Db, rows: AnnotationWriteRow[], userId: string, note: string | null) {
  if (rows.length === 0) return;
  const column = <K extends keyof AnnotationWriteRow>(key: K) => rows.map((row) => row[key]);
  await tx.$executeRaw`
    WITH input AS (
      SELECT * FROM unnest(${column("id")}::uuid[], ${column("start")}::int[], ${column("end")}::int[],
                           ${column("exact")}::text[], ${column("prefix")}::text[], ${column("suffix")}::text[],
                           ${column("status")}::text[]::"AnnotationStatus"[], ${column("revision")}::int[],
                           ${column("event")}::boolean[], ${column("eventId")}::uuid[],
                           ${column("fromStatus")}::text[]::"AnnotationStatus"[], ${column("changes")}::jsonb[])
        AS i(id, start, "end", exact, prefix, suffix, status, revision, event, event_id, from_status, changes)),
    moved AS (
      UPDATE annotations a
         SET start = i.start, "end" = i."end", exact = i.exact, prefix = i.prefix, suffix = i.suffix,
             status = i.status, revision = i.revision,
             version = a.version + CASE WHEN i.event THEN 1 ELSE 0 END,
             updated_at = CASE WHEN i.event THEN now() ELSE a.updated_at END
        FROM input i WHERE a.id = i.id
      RETURNING a.id, a.status, a.version, i.event, i.event_id, i.from_status, i.changes)
    INSERT INTO annotation_events (id, annotation_id, user_id, kind, from_status, to_status, version, changes, comment)
    SELECT m.event_id, m.id, ${userId}::uuid, 'REANCHORED', m.from_status, m.status, m.version, m.changes, ${note}::text
      FROM moved m WHERE m.event`;
}

/** The history diff of a re-anchoring: the selector fields that changed, and the revision. */
function changesOf(before: StoredSpan, after: StoredSpan, revision: number, previous: number) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of ["start", "end", "exact", "prefix", "suffix"] as const) {
    if (before[field] !== after[field]) changes[field] = { from: before[field], to: after[field] };
  }
  if (revision !== previous) changes.revision = { from: previous, to: revision };
  return changes;
}

function pick({ start, end, exact, prefix, suffix }: StoredSpan): StoredSpan {
  return { start, end, exact, prefix, suffix };
}

function same(status: AnnotationStatus) {
  return { fromStatus: status, toStatus: status };
}

async function refuseDuplicate(db: Db, id: string, hash: string): Promise<void> {
  const [duplicate] = await db.$queryRaw<{ id: string; title: string }[]>`
    SELECT id::text, title FROM articles WHERE content_hash = ${hash} AND id <> ${id}::uuid`;
  if (duplicate) {
    throw duplicateError("body", duplicate);
  }
}
