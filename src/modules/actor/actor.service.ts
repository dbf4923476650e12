import type { Actor, Prisma } from "../../generated/prisma/client";
import type { ActorKind, AnnotationStatus, AttributionKind, Stance } from "../../generated/prisma/enums";
import type { Viewer } from "../../shared/access/viewer";
import { authorizeWrite } from "../../shared/access/access.policy";
import type { PrismaClient } from "../../shared/database/prisma";
import { conflictError, DomainError, ErrorCode } from "../../shared/errors";
import type { Db } from "../../shared/database/prisma";
import { annotationVisibility, mentionsActor } from "../annotation/annotation.policy";
import { authorizeRename } from "./actor.policy";
import type { MergeActors } from "./actor.merge";
import { mergeActors } from "./actor.merge";
import type { PageArgs } from "../../shared/pagination";
import type { SortKey } from "../../shared/pagination";
import { paginate } from "../../shared/pagination";
import { escapeLike, foldForLookup, lookupKey } from "../../shared/text";

export interface ActorListFilter {
  alias?: string | null;
  search?: string | null;
  kinds?: ActorKind[] | null;
  countryCode?: string | null;
  /** Conditions on an annotation the viewer sees that names the actor in any role (all on the same one). */
  articleId?: string | null;
  topic?: string | null;
  stance?: Stance | null;
  attributionKind?: AttributionKind | null;
  status?: AnnotationStatus[] | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
}

export interface ActorListOrder {
  field: "NAME" | "CREATED_AT";
  direction: "ASC" | "DESC";
}

export interface ActorFields {
  name: string;
  kind: ActorKind;
  aliases?: string[] | null;
  countryCode?: string | null;
  description?: string | null;
  externalId?: string | null;
}

export type ActorChanges = { id: string } & { [K in keyof ActorFields]?: ActorFields[K] | null };

export class ActorService {
  constructor(private readonly prisma: PrismaClient) {}

  async list(viewer: Viewer, filter: ActorListFilter, order: ActorListOrder | null | undefined, args: PageArgs) {
    const where = actorWhere(filter, viewer);
    const direction = order?.direction === "DESC" ? "desc" : "asc";
    const keys: SortKey<Actor>[] =
      order?.field === "CREATED_AT"
        ? [{ field: "createdAt", direction, type: "date", value: (row) => row.createdAt }]
        : [{ field: "normalizedName", direction, type: "text", value: (row) => row.normalizedName }];
    return paginate({
      args,
      keys,
      fetch: (page) =>
        this.prisma.actor.findMany({
          where: { AND: [where, page.where as Prisma.ActorWhereInput] },
          orderBy: page.orderBy as Prisma.ActorOrderByWithRelationInput[],
          take: page.take,
        }),
      count: () => this.prisma.actor.count({ where }),
    });
  }

  /** The actor `id`, or for an actor merged into another, the one it was merged into. */
  findById(id: string) {
    return this.prisma.actor.findFirst({
      where: { OR: [{ id, mergedIntoId: null }, { mergedActors: { some: { id } } }] },
    });
  }

  /** See actor.merge.ts. */
  merge(viewer: Viewer, input: MergeActors) {
    return mergeActors(this.prisma, viewer, input);
  }

  /** Creates an actor with its aliases, and its CREATED history event, in one transaction. */
  async create(viewer: Viewer, input: ActorFields) {
    authorizeWrite(viewer, "actor:create");
    const name = input.name.trim();
    const aliases = aliasRows(name, input.aliases ?? []);
    return this.prisma.$transaction(async (tx) => {
      const actor = await tx.actor.create({
        data: {
          name,
          normalizedName: foldForLookup(name),
          kind: input.kind,
          countryCode: input.countryCode ?? null,
          description: input.description ?? null,
          externalId: input.externalId ?? null,
          aliases: { create: aliases },
        },
      });
      const initial = { ...editable(actor), aliases: aliases.map((row) => row.alias).sort() };
      const changes = Object.fromEntries(
        Object.entries(initial)
          .filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
          .map(([field, value]) => [field, { from: null, to: value }]),
      );
      await tx.actorEvent.create({
        data: { actorId: actor.id, userId: viewer.id, kind: "CREATED", version: 1, changes },
      });
      return actor;
    });
  }

  /**
   * Edits an actor under optimistic concurrency, as annotations are edited: the write is
   * conditional on the version the editor saw, so of concurrent edits based on one version
   * exactly one wins and the others get CONFLICT with the current version. `aliases` replaces
   * the whole list. Renaming an actor that published work names takes a reviewer. Every
   * change appends an UPDATED event with the field-level diff, in the same transaction.
   */
  async update(viewer: Viewer, input: ActorChanges & { expectedVersion: number }) {
    authorizeWrite(viewer, "actor:update");
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.actor.findUnique({ where: { id: input.id }, include: { aliases: true } });
      if (!current) throw new DomainError(ErrorCode.NOT_FOUND, "No such actor.", { field: ["input", "id"] });
      if (current.mergedIntoId) throw mergedError(current, ["input", "id"]);
      if (current.version !== input.expectedVersion) throw conflictError(current.version, "actor");

      const name = input.name?.trim() || current.name;
      const before = { ...editable(current), aliases: current.aliases.map((row) => row.alias).sort() };
      const aliases = aliasRows(name, input.aliases ?? before.aliases);
      const after = {
        name,
        kind: input.kind ?? current.kind,
        // undefined leaves a column alone; null (explicitly sent) clears it.
        countryCode: input.countryCode === undefined ? current.countryCode : input.countryCode,
        description: input.description === undefined ? current.description : input.description,
        externalId: input.externalId === undefined ? current.externalId : input.externalId,
        aliases: aliases.map((row) => row.alias).sort(),
      };
      const changes = Object.fromEntries(
        (Object.keys(after) as (keyof typeof after)[])
          .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
          .map((field) => [field, { from: before[field], to: after[field] }]),
      );
      if (Object.keys(changes).length === 0) return current;
      if (changes.name) authorizeRename(viewer, await namedByPublishedWork(tx, current.id));

      // The conditional bump takes the row lock: what was read above is what the version had.
      const bumped = await tx.actor.updateMany({
        where: { id: current.id, version: input.expectedVersion },
        data: {
          name,
          normalizedName: foldForLookup(name),
          kind: after.kind,
          countryCode: after.countryCode,
          description: after.description,
          externalId: after.externalId,
          version: { increment: 1 },
        },
      });
      if (bumped.count === 0) {
        const now = await tx.actor.findUnique({ where: { id: current.id }, select: { version: true } });
        throw conflictError(now?.version ?? input.expectedVersion, "actor");
      }
      if (changes.aliases) {
        await tx.actorAlias.deleteMany({ where: { actorId: current.id } });
        await tx.actorAlias.createMany({ data: aliases.map((row) => ({ ...row, actorId: current.id })) });
      }
      await tx.actorEvent.create({
        data: {
          actorId: current.id,
          userId: viewer.id,
          kind: "UPDATED",
          version: input.expectedVersion + 1,
          changes: changes as Prisma.InputJsonValue,
        },
      });
      return tx.actor.findUniqueOrThrow({ where: { id: current.id } });
    });
  }
}

/** The fields of an actor an edit may change (aliases aside). */
function editable(actor: Actor) {
  const { name, kind, countryCode, description, externalId } = actor;
  return { name, kind, countryCode, description, externalId };
}

/** Whether any published annotation names the actor, in any role. */
async function namedByPublishedWork(db: Db, actorId: string): Promise<boolean> {
  const found = await db.annotation.findFirst({
    where: { AND: [{ status: "PUBLISHED" }, mentionsActor(actorId)] },
    select: { id: true },
  });
  return found !== null;
}

/** Aliases folded for lookup, without duplicates and without the canonical name itself. */
function aliasRows(name: string, aliases: string[]): { alias: string; normalized: string }[] {
  const seen = new Set([foldForLookup(name)]);
  const rows: { alias: string; normalized: string }[] = [];
  for (const raw of aliases) {
    const alias = raw.trim();
    const normalized = foldForLookup(alias);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    rows.push({ alias, normalized });
  }
  return rows;
}

/** BAD_USER_INPUT for a write to an actor merged into another; `existing` names the survivor. */
function mergedError(actor: Actor, field: string[]): DomainError {
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `The actor "${actor.name}" was merged into another actor; existingId names it.`,
    { field, existing: { type: "Actor", id: actor.mergedIntoId! } },
  );
}

/** The actor lists' filter; merged actors are never listed (their ids resolve to the survivor). */
export function actorWhere(filter: ActorListFilter, viewer: Viewer): Prisma.ActorWhereInput {
  const and: Prisma.ActorWhereInput[] = [{ mergedIntoId: null }];
  if (filter.alias) {
    const folded = foldForLookup(filter.alias);
    and.push({ OR: [{ normalizedName: folded }, { aliases: { some: { normalized: folded } } }] });
  }
  if (filter.search) {
    // LIKE '%…%' on the lookup keys: their trigram indexes answer it.
    const key = escapeLike(lookupKey(filter.search));
    and.push({ OR: [{ lookupKey: { contains: key } }, { aliases: { some: { lookupKey: { contains: key } } } }] });
  }
  if (filter.kinds?.length) and.push({ kind: { in: filter.kinds } });
  if (filter.countryCode) and.push({ countryCode: filter.countryCode });
  const named = namingAnnotation(filter, viewer);
  if (named) {
    and.push({
      OR: [
        { spokenQuotes: { some: { annotation: named } } },
        { subjectOfClaims: { some: { annotation: named } } },
        { claimantOfClaims: { some: { annotation: named } } },
        { counterpartClaims: { some: { claim: { annotation: named } } } },
      ],
    });
  }
  return { AND: and };
}

/**
 * The annotation conditions of an actor filter, as one annotation the viewer sees must meet them
 * all (null when none is given): an actor "in article X, on topic Y" is named by a claim of X on Y.
 */
function namingAnnotation(filter: ActorListFilter, viewer: Viewer): Prisma.AnnotationWhereInput | null {
  const { articleId, topic, stance, attributionKind, status, publishedAfter, publishedBefore } = filter;
  const conditions: Prisma.AnnotationWhereInput[] = [];
  if (articleId) conditions.push({ articleId });
  if (status?.length) conditions.push({ status: { in: status } });
  if (publishedAfter || publishedBefore) {
    conditions.push({
      article: {
        publishedAt: {
          ...(publishedAfter && { gte: publishedAfter }),
          ...(publishedBefore && { lt: publishedBefore }),
        },
      },
    });
  }
  if (topic || stance || attributionKind) {
    conditions.push({
      claim: {
        ...(topic && { topic: { key: topic } }),
        ...(stance && { stance }),
        ...(attributionKind && { attributionKind }),
      },
    });
  }
  return conditions.length ? { AND: [annotationVisibility(viewer), ...conditions] } : null;
}
