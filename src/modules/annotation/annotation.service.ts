import { Prisma } from "../../generated/prisma/client";
import type { AnnotationKind, AttributionKind, QuoteKind, Stance } from "../../generated/prisma/enums";
import type { ReadPolicy } from "../../policy";
import type { Viewer } from "../../shared/access/viewer";
import { authorizeWrite } from "../../shared/access/access.policy";
import type { Db, PrismaClient } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";
import type { AnnotationWrite, WriteState } from "./annotation.version";
import { annotationRowSql, readForWrite, writeVersion } from "./annotation.version";
import type { PageArgs } from "../../shared/pagination";
import { pageOfSql } from "../../shared/read/page";
import { and } from "../../shared/read/sql";
import { annotationVisibility } from "./annotation.policy";
import type { AnnotationListFilter } from "./annotation.read";
import { annotationFilterSql, annotationFrom, annotationOrder } from "./annotation.read";
import type { SpanSelectorInput } from "./span.anchor";
import { anchorSpan } from "./span.anchor";
import { checkEdit } from "../workflow/workflow.table";
import { lockRevision } from "../article/article.correction";

/** An annotation with its kind-specific row, as every read returns it. */
export const annotationInclude = { quote: true, claim: true } satisfies Prisma.AnnotationInclude;
export type AnnotationRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;

export interface AnnotationListOrder {
  field: "POSITION" | "CREATED_AT" | "RELEVANCE";
  direction: "ASC" | "DESC";
}

export interface CreateQuoteFields extends SpanSelectorInput {
  articleId: string;
  speakerId?: string | null;
  speakerText?: string | null;
  quoteKind?: QuoteKind | null;
  note?: string | null;
}

export interface CreateClaimFields extends SpanSelectorInput {
  articleId: string;
  topic: string;
  stance: Stance;
  subjectId: string;
  counterpartIds?: string[] | null;
  claimantId?: string | null;
  attributionText?: string | null;
  attributionKind: AttributionKind;
  quoteId?: string | null;
  note?: string | null;
}

export interface UpdateAnnotationFields extends SpanSelectorInput {
  id: string;
  expectedVersion: number;
  note?: string | null;
  speakerId?: string | null;
  speakerText?: string | null;
  quoteKind?: QuoteKind | null;
  topic?: string | null;
  stance?: Stance | null;
  subjectId?: string | null;
  counterpartIds?: string[] | null;
  claimantId?: string | null;
  attributionText?: string | null;
  attributionKind?: AttributionKind | null;
  quoteId?: string | null;
}

const QUOTE_FIELDS = ["speakerId", "speakerText", "quoteKind"] as const;
const CLAIM_FIELDS = [
  "topic",
  "stance",
  "subjectId",
  "counterpartIds",
  "claimantId",
  "attributionText",
  "attributionKind",
  "quoteId",
] as const;
const SPAN_FIELDS = ["start", "end", "exact", "prefix", "suffix"] as const;

export class AnnotationService {
  constructor(private readonly prisma: PrismaClient) {}

  /** A page of an annotation list: SQL shared with the planned read path (annotation.read.ts). */
  list(
    policy: ReadPolicy,
    filter: AnnotationListFilter,
    order: AnnotationListOrder | null | undefined,
    args: PageArgs,
  ) {
    return pageOfSql<AnnotationRow>(this.prisma, {
      args,
      keys: annotationOrder(order, filter.search),
      t: "t",
      from: annotationFrom(filter, "t"),
      columns: annotationRowSql("t"),
      where: and([annotationFilterSql(filter, "t"), policy.annotationsSql(Prisma.raw("t"))]),
    });
  }

  findVisible(viewer: Viewer, id: string) {
    return this.prisma.annotation.findFirst({
      where: { AND: [{ id }, annotationVisibility(viewer)] },
      include: annotationInclude,
    });
  }

  async createQuote(viewer: Viewer, input: CreateQuoteFields): Promise<AnnotationRow> {
    authorizeWrite(viewer, "annotation:create");
    const article = await this.requireArticle(input.articleId);
    const span = anchorSpan(article.body, input);
    if (input.speakerId) await requireActors(this.prisma, [input.speakerId], "speakerId");
    return this.prisma.$transaction(async (tx) => {
      await lockRevision(tx, article.id, article.revision);
      const created = await tx.annotation.create({
        data: {
          articleId: article.id,
          kind: "QUOTE",
          ...span,
          revision: article.revision,
          note: input.note ?? null,
          authorId: viewer.id,
          lastEditorId: viewer.id,
          quote: {
            create: {
              speakerId: input.speakerId ?? null,
              speakerText: input.speakerText ?? null,
              quoteKind: input.quoteKind ?? "DIRECT",
            },
          },
        },
        include: annotationInclude,
      });
      await recordCreated(tx, created, viewer.id);
      return created;
    });
  }

  async createClaim(viewer: Viewer, input: CreateClaimFields): Promise<AnnotationRow> {
    authorizeWrite(viewer, "annotation:create");
    const article = await this.requireArticle(input.articleId);
    const span = anchorSpan(article.body, input);
    const topic = await requireTopic(this.prisma, input.topic);
    const counterpartIds = unique(input.counterpartIds ?? []);
    await requireActors(this.prisma, [input.subjectId], "subjectId");
    await requireActors(this.prisma, counterpartIds, "counterpartIds");
    if (input.claimantId) await requireActors(this.prisma, [input.claimantId], "claimantId");
    if (input.quoteId) await requireQuoteIn(this.prisma, input.quoteId, article.id);
    return this.prisma.$transaction(async (tx) => {
      await lockRevision(tx, article.id, article.revision);
      const created = await tx.annotation.create({
        data: {
          articleId: article.id,
          kind: "CLAIM",
          ...span,
          revision: article.revision,
          note: input.note ?? null,
          authorId: viewer.id,
          lastEditorId: viewer.id,
          claim: {
            create: {
              topicId: topic.id,
              stance: input.stance,
              subjectId: input.subjectId,
              claimantId: input.claimantId ?? null,
              attributionText: input.attributionText ?? null,
              attributionKind: input.attributionKind,
              quoteId: input.quoteId ?? null,
              counterparts: { create: counterpartIds.map((actorId, position) => ({ actorId, position })) },
            },
          },
        },
        include: annotationInclude,
      });
      await recordCreated(tx, created, viewer.id, counterpartIds);
      return created;
    });
  }

  /**
   * Edits an annotation under optimistic concurrency: the state is read in one statement at the
   * version the editor saw, and the write is conditional on that version, so of several
   * concurrent edits based on one version exactly one wins and the others get CONFLICT with the
   * current version. An edit of the annotation's own fields (note, span) is two statements: the
   * read, and the write with its history event (annotation.version.ts).
   */
  async update(viewer: Viewer, input: UpdateAnnotationFields): Promise<AnnotationRow> {
    authorizeWrite(viewer, "annotation:update");
    const spanGiven = SPAN_FIELDS.some((field) => input[field] !== undefined);
    const current = await readForWrite(this.prisma, input.id, input.expectedVersion, { body: spanGiven });
    const edit = checkEdit({ userId: viewer.id, role: viewer.role }, current);
    if (!edit.ok) throw new DomainError(edit.code, edit.reason, { field: ["input", "id"] });
    const nextStatus = edit.value;
    refuseFieldsOfOtherKind(current.kind, input);
    if (current.status === "ORPHANED" && !spanGiven) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        "An orphaned annotation is placed again by giving its span on the article's current text (exact, or start and end).",
        { field: ["input", "exact"] },
      );
    }

    // Everything is validated before anything is written; every write is conditional on the
    // expected version, so what was read here is what that version had.
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const annotationData: AnnotationWrite = {};
    if (spanGiven) {
      const span = anchorSpan(current.articleBody!, input);
      for (const field of ["start", "end", "exact"] as const) {
        if (span[field] !== current[field]) changes[field] = { from: current[field], to: span[field] };
      }
      if (current.articleRevision !== current.revision) {
        changes.revision = { from: current.revision, to: current.articleRevision };
      }
      Object.assign(annotationData, span, { revision: current.articleRevision! });
    }
    if (input.note !== undefined && input.note !== current.note) {
      changes.note = { from: current.note, to: input.note };
      annotationData.note = input.note;
    }

    const quoteData: Prisma.QuoteUncheckedUpdateInput = {};
    if (current.quote) {
      if (input.speakerId !== undefined && input.speakerId !== current.quote.speakerId) {
        if (input.speakerId) await requireActors(this.prisma, [input.speakerId], "speakerId");
        quoteData.speakerId = input.speakerId;
      }
      if (input.speakerText !== undefined) quoteData.speakerText = input.speakerText;
      if (input.quoteKind != null) quoteData.quoteKind = input.quoteKind;
      diffInto(changes, current.quote, quoteData);
    }

    const claimData: Prisma.ClaimUncheckedUpdateInput = {};
    let counterparts: string[] | null = null;
    if (current.claim) {
      if (input.topic != null) claimData.topicId = (await requireTopic(this.prisma, input.topic)).id;
      if (input.stance != null) claimData.stance = input.stance;
      if (input.subjectId != null && input.subjectId !== current.claim.subjectId) {
        await requireActors(this.prisma, [input.subjectId], "subjectId");
        claimData.subjectId = input.subjectId;
      }
      if (input.claimantId !== undefined && input.claimantId !== current.claim.claimantId) {
        if (input.claimantId) await requireActors(this.prisma, [input.claimantId], "claimantId");
        claimData.claimantId = input.claimantId;
      }
      if (input.attributionText !== undefined) claimData.attributionText = input.attributionText;
      if (input.attributionKind != null) claimData.attributionKind = input.attributionKind;
      if (input.quoteId !== undefined && input.quoteId !== current.claim.quoteId) {
        if (input.quoteId) await requireQuoteIn(this.prisma, input.quoteId, current.articleId);
        claimData.quoteId = input.quoteId;
      }
      diffInto(changes, current.claim, claimData);
      if (input.counterpartIds != null) {
        const next = unique(input.counterpartIds);
        if (next.join() !== current.counterpartIds.join()) {
          await requireActors(this.prisma, next, "counterpartIds");
          counterparts = next;
          changes.counterpartIds = { from: current.counterpartIds, to: next };
        }
      }
    }

    const { quote, claim } = current;
    if (Object.keys(changes).length === 0) return { ...annotationOf(current), quote, claim };

    const write = (db: Db) =>
      writeVersion(
        db,
        current.id,
        input.expectedVersion,
        { ...annotationData, status: nextStatus, lastEditorId: viewer.id },
        { kind: "UPDATED", userId: viewer.id, fromStatus: current.status, changes },
      );
    const quoteChanged = Object.keys(quoteData).length > 0;
    const claimChanged = Object.keys(claimData).length > 0;
    if (!quoteChanged && !claimChanged && !counterparts && !spanGiven) {
      return { ...(await write(this.prisma)), quote, claim };
    }

    // The kind row, the counterparts or the span change too: one transaction. A span was placed
    // on the text of one revision, which a correction must not replace before it is written.
    return this.prisma.$transaction(async (tx) => {
      if (spanGiven) await lockRevision(tx, current.articleId, current.articleRevision!);
      const annotation = await write(tx);
      const written = {
        ...annotation,
        quote: quoteChanged ? await tx.quote.update({ where: { annotationId: current.id }, data: quoteData }) : quote,
        claim: claimChanged ? await tx.claim.update({ where: { annotationId: current.id }, data: claimData }) : claim,
      };
      if (counterparts) {
        await tx.claimCounterpart.deleteMany({ where: { claimId: current.id } });
        await tx.claimCounterpart.createMany({
          data: counterparts.map((actorId, position) => ({ claimId: current.id, actorId, position })),
        });
      }
      return written;
    });
  }

  private async requireArticle(articleId: string) {
    const article = await this.prisma.article.findUnique({
      where: { id: articleId },
      select: { id: true, body: true, revision: true },
    });
    if (!article) throw new DomainError(ErrorCode.NOT_FOUND, "No such article.", { field: ["input", "articleId"] });
    return article;
  }
}

/** The annotation columns of a write's state, without what only the write needed. */
export function annotationOf(state: WriteState): Omit<AnnotationRow, "quote" | "claim"> {
  const {
    counterpartIds: _c,
    articleBody: _b,
    articleRevision: _r,
    editorIds: _e,
    quote: _q,
    claim: _l,
    ...annotation
  } = state;
  return annotation;
}

function refuseFieldsOfOtherKind(kind: AnnotationKind, input: UpdateAnnotationFields): void {
  const foreign = kind === "QUOTE" ? CLAIM_FIELDS : QUOTE_FIELDS;
  const given = foreign.find((field) => input[field] !== undefined);
  if (given) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${given} does not apply to a ${kind.toLowerCase()}.`, {
      field: ["input", given],
    });
  }
}

function diffInto(changes: Record<string, { from: unknown; to: unknown }>, before: object, data: object): void {
  for (const [field, to] of Object.entries(data)) {
    const from = (before as Record<string, unknown>)[field];
    if (from !== to) changes[field] = { from, to };
    else delete (data as Record<string, unknown>)[field];
  }
}

/** The CREATED event carries the initial values as a diff from nothing, so history can replay. */
async function recordCreated(
  tx: Db,
  created: AnnotationRow,
  userId: string,
  counterpartIds: string[] = [],
): Promise<void> {
  const { start, end, exact, note } = created;
  const kindFields = created.quote
    ? { speakerId: created.quote.speakerId, speakerText: created.quote.speakerText, quoteKind: created.quote.quoteKind }
    : created.claim
      ? {
          topicId: created.claim.topicId,
          stance: created.claim.stance,
          subjectId: created.claim.subjectId,
          counterpartIds: counterpartIds.length ? counterpartIds : null,
          claimantId: created.claim.claimantId,
          attributionText: created.claim.attributionText,
          attributionKind: created.claim.attributionKind,
          quoteId: created.claim.quoteId,
        }
      : {};
  const changes = Object.fromEntries(
    Object.entries({ start, end, exact, note, ...kindFields })
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([field, value]) => [field, { from: null, to: value }]),
  );
  await tx.annotationEvent.create({
    data: {
      annotationId: created.id,
      userId,
      kind: "CREATED",
      toStatus: created.status,
      version: created.version,
      changes: changes as Prisma.InputJsonValue,
    },
  });
}

async function requireActors(db: Db, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  // A merged actor is no longer named by new work (nor, the actor_merge migration's trigger
  // makes sure, by work written while it is merged).
  const found = await db.actor.findMany({ where: { id: { in: ids }, mergedIntoId: null }, select: { id: true } });
  if (found.length !== new Set(ids).size) {
    throw new DomainError(ErrorCode.UNKNOWN_ACTOR, `Unknown actor in ${field}.`, { field: ["input", field] });
  }
}

async function requireTopic(db: Db, key: string) {
  const topic = await db.topic.findUnique({ where: { key } });
  if (!topic) {
    throw new DomainError(ErrorCode.UNKNOWN_TOPIC, `No topic with key "${key}"; see the topics query.`, {
      field: ["input", "topic"],
    });
  }
  return topic;
}

async function requireQuoteIn(db: Db, quoteId: string, articleId: string): Promise<void> {
  const quote = await db.annotation.findFirst({
    where: { id: quoteId, kind: "QUOTE", articleId },
    select: { id: true },
  });
  if (!quote) {
    throw new DomainError(ErrorCode.UNKNOWN_QUOTE, "quoteId must name a quote in the same article.", {
      field: ["input", "quoteId"],
    });
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
