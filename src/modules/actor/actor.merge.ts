import type { Actor } from "../../generated/prisma/client";
import { Prisma } from "../../generated/prisma/client";
import { authorizeWrite } from "../../shared/access/access.policy";
import type { Viewer } from "../../shared/access/viewer";
import type { Db, PrismaClient } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";
import { toGlobalId } from "../../shared/graphql/global-id";
import { authorizeMerge } from "./actor.policy";

export interface MergeActors {
  survivorId: string;
  mergedIds: string[];
  /** The version the client saw of the survivor and of every merged actor, one entry each. */
  expectedVersions: { id: string; version: number }[];
}

/**
 * The actor an id stands for, as SQL: itself, or for an actor merged into another, the one it
 * was merged into (never merged itself: merges re-point earlier ones). Null for an unknown id.
 * Reads that take an actor id from a client (`actor(id:)`, the ledger, list filters) use it.
 */
export function actorIdSql(id: string): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(m.merged_into_id, m.id) FROM actors m WHERE m.id = ${id}::uuid)`;
}

/** How many references of each kind, and how many aliases, moved to the survivor. */
type Moved = {
  speaker: number;
  subject: number;
  claimant: number;
  counterpart: number;
  aliases: number;
};

interface LockedActor {
  id: string;
  name: string;
  normalizedName: string;
  version: number;
  mergedIntoId: string | null;
}

const noneMoved = (): Moved => ({ speaker: 0, subject: 0, claimant: 0, counterpart: 0, aliases: 0 });

/**
 * Merges duplicate actors into a survivor, in one transaction:
 *
 * - every quote speaker, claim subject, claim claimant and claim counterpart naming a merged
 *   actor names the survivor instead. A claim that ends up naming the survivor twice as a
 *   counterpart keeps one row, at the earlier position, and its positions are renumbered 0..n-1;
 * - the merged actors' names and aliases become the survivor's aliases, except those that fold
 *   (src/shared/text.ts) to its name or to an alias it has;
 * - the merged actors stay as rows (their history refers to them) with merged_into_id set, so
 *   that their ids resolve to the survivor; actors merged into them earlier now point at the
 *   survivor too, so a merged id is one hop from a live actor;
 * - the survivor and each merged actor get a MERGED event and their next version.
 *
 * Quotes and claims keep their status and version, and get no event: what they say is
 * unchanged, only the catalogue entry that stands for the actor is. (A version bump would
 * invalidate every reviewer's pending move, and an UPDATED event would count the merger among
 * their editors, barring them from reviewing it.) The MERGED events say how many moved.
 *
 * Refused, with nothing written: a stale expected version (CONFLICT, with the current one); an
 * unknown actor (NOT_FOUND); an actor merged before (BAD_USER_INPUT, `existing` names the actor
 * it was merged into); and a merge that would make a claim name its subject as its own
 * counterpart ("X is backed by Y" where X and Y are the actors merged), BAD_USER_INPUT naming the
 * claims: dropping the counterpart would turn the claim into a general one (for a denial, a
 * denial of any backing), and the claim suggests the two are not the same actor. Correct or
 * retract those claims first.
 *
 * The actors are locked (FOR UPDATE, in id order) before anything is read, so concurrent merges
 * and actor edits wait for each other, and a quote or claim being written that names one of them
 * waits too and is then refused if it names a merged actor (the actor_merge migration's trigger).
 */
export async function mergeActors(prisma: PrismaClient, viewer: Viewer, input: MergeActors): Promise<Actor> {
  authorizeWrite(viewer, "actor:merge");
  authorizeMerge(viewer);
  const survivorId = input.survivorId;
  const mergedIds = [...new Set(input.mergedIds)];
  const expected = expectedVersions(survivorId, mergedIds, input.expectedVersions);

  return prisma.$transaction(async (tx) => {
    const everyone = [survivorId, ...mergedIds];
    const locked = await tx.$queryRaw<LockedActor[]>`
      SELECT id::text, name, normalized_name AS "normalizedName", version, merged_into_id::text AS "mergedIntoId"
        FROM actors WHERE id = ANY(${everyone}::uuid[]) ORDER BY id FOR UPDATE`;
    const actors = new Map(locked.map((actor) => [actor.id, actor]));
    const survivor = requireLive(actors, survivorId, ["input", "survivorId"]);
    const merged = mergedIds.map((id) => requireLive(actors, id, ["input", "mergedIds"]));
    input.expectedVersions.forEach(({ id }, index) => {
      const actor = actors.get(id)!;
      if (actor.version !== expected.get(id)) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `The actor "${actor.name}" changed since the version you saw; it is now at version ${actor.version}. Reload and try again.`,
          { field: ["input", "expectedVersions", String(index), "version"], currentVersion: actor.version },
        );
      }
    });
    await refuseSelfCounterparts(tx, everyone);

    const moved = new Map(mergedIds.map((id) => [id, noneMoved()]));
    const count = (from: string | null, kind: keyof Moved) => {
      const tally = from ? moved.get(from) : undefined;
      if (tally) tally[kind]++;
    };

    // The old values come from the self-join's row as the statement found it.
    const speakers = await tx.$queryRaw<{ from: string }[]>`
      UPDATE quotes q SET speaker_id = ${survivorId}::uuid
        FROM quotes o
       WHERE o.annotation_id = q.annotation_id AND q.speaker_id = ANY(${mergedIds}::uuid[])
      RETURNING o.speaker_id::text AS "from"`;
    for (const row of speakers) count(row.from, "speaker");

    const claims = await tx.$queryRaw<{ subject: string; claimant: string | null }[]>`
      UPDATE claims c
         SET subject_id = CASE WHEN c.subject_id = ANY(${mergedIds}::uuid[]) THEN ${survivorId}::uuid ELSE c.subject_id END,
             claimant_id = CASE WHEN c.claimant_id = ANY(${mergedIds}::uuid[]) THEN ${survivorId}::uuid ELSE c.claimant_id END
        FROM claims o
       WHERE o.annotation_id = c.annotation_id
         AND (c.subject_id = ANY(${mergedIds}::uuid[]) OR c.claimant_id = ANY(${mergedIds}::uuid[]))
      RETURNING o.subject_id::text AS subject, o.claimant_id::text AS claimant`;
    for (const row of claims) {
      count(row.subject, "subject");
      count(row.claimant, "claimant");
    }

    const collapsed = await moveCounterparts(tx, survivorId, mergedIds, (from) => count(from, "counterpart"));
    const aliases = await moveAliases(tx, survivor, merged, (from) => count(from, "aliases"));

    await tx.actor.update({ where: { id: survivorId }, data: { version: { increment: 1 } } });
    await tx.actor.updateMany({
      where: { id: { in: mergedIds } },
      data: { mergedIntoId: survivorId, version: { increment: 1 } },
    });
    // Earlier merges into the merged actors now resolve to the survivor in one hop.
    await tx.actor.updateMany({ where: { mergedIntoId: { in: mergedIds } }, data: { mergedIntoId: survivorId } });

    const total = noneMoved();
    for (const tally of moved.values()) {
      for (const kind of Object.keys(total) as (keyof Moved)[]) total[kind] += tally[kind];
    }
    const survivorChanges = {
      mergedIds,
      mergedNames: merged.map((actor) => actor.name),
      moved: total,
      collapsedCounterparts: collapsed,
      aliases: { from: aliases.survivorBefore, to: aliases.survivorAfter },
    };
    await tx.actorEvent.createMany({
      data: [
        {
          actorId: survivorId,
          userId: viewer.id,
          kind: "MERGED",
          version: survivor.version + 1,
          changes: survivorChanges as Prisma.InputJsonValue,
        },
        ...merged.map((actor) => ({
          actorId: actor.id,
          userId: viewer.id,
          kind: "MERGED" as const,
          version: actor.version + 1,
          changes: {
            mergedInto: { from: null, to: survivorId },
            moved: moved.get(actor.id)!,
            aliases: { from: aliases.mergedBefore.get(actor.id) ?? [], to: [] },
          } as Prisma.InputJsonValue,
        })),
      ],
    });
    return tx.actor.findUniqueOrThrow({ where: { id: survivorId } });
  });
}

/**
 * The expected version of each actor by id, checked against the actors named: exactly one entry
 * for the survivor and for each merged actor.
 */
function expectedVersions(
  survivorId: string,
  mergedIds: string[],
  given: { id: string; version: number }[],
): Map<string, number> {
  if (mergedIds.length === 0) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Name at least one actor to merge.", {
      field: ["input", "mergedIds"],
    });
  }
  if (mergedIds.includes(survivorId)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "The survivor cannot be merged into itself.", {
      field: ["input", "mergedIds"],
    });
  }
  const named = new Set([survivorId, ...mergedIds]);
  const expected = new Map<string, number>();
  given.forEach(({ id, version }, index) => {
    if (!named.has(id) || expected.has(id)) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        named.has(id)
          ? "expectedVersions names an actor twice."
          : "expectedVersions names an actor that is neither the survivor nor merged.",
        { field: ["input", "expectedVersions", String(index), "id"] },
      );
    }
    expected.set(id, version);
  });
  if (expected.size !== named.size) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      "expectedVersions must give the version of the survivor and of every merged actor.",
      { field: ["input", "expectedVersions"] },
    );
  }
  return expected;
}

/** The locked actor `id`: NOT_FOUND when there is none, BAD_USER_INPUT when it was merged before. */
function requireLive(actors: Map<string, LockedActor>, id: string, field: string[]): LockedActor {
  const actor = actors.get(id);
  if (!actor) throw new DomainError(ErrorCode.NOT_FOUND, "No actor has this id.", { field });
  if (actor.mergedIntoId) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `The actor "${actor.name}" was merged into another actor before; existingId names it.`,
      { field, existing: { type: "Actor", id: actor.mergedIntoId } },
    );
  }
  return actor;
}

/**
 * Refuses the merge when a claim about one of the actors names another of them as a
 * counterpart: once merged, the claim would name its subject as its own counterpart.
 */
async function refuseSelfCounterparts(tx: Db, everyone: string[]): Promise<void> {
  const claims = await tx.$queryRaw<{ id: string }[]>`
    SELECT c.annotation_id::text AS id FROM claims c
     WHERE c.subject_id = ANY(${everyone}::uuid[])
       AND EXISTS (SELECT 1 FROM claim_counterparts cc
                    WHERE cc.claim_id = c.annotation_id AND cc.actor_id = ANY(${everyone}::uuid[])
                      AND cc.actor_id <> c.subject_id)
     ORDER BY c.annotation_id`;
  if (claims.length === 0) return;
  const shown = claims.slice(0, 10).map((claim) => toGlobalId("Claim", claim.id));
  throw new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `${claims.length === 1 ? "A claim" : `${claims.length} claims`} about one of these actors ${claims.length === 1 ? "names" : "name"} another of them as a counterpart, and would name its subject as its own counterpart once merged: ${shown.join(", ")}${claims.length > shown.length ? ", …" : ""}. Correct or retract ${claims.length === 1 ? "it" : "them"} first, or check that the actors are the same.`,
    { field: ["input", "mergedIds"] },
  );
}

/**
 * Re-points the counterparts naming a merged actor at the survivor. claim_counterparts has one
 * row per (claim, actor), so a claim naming the survivor and a merged actor, or two merged
 * actors, keeps the earliest of their positions; the claim's positions are renumbered 0..n-1 in
 * the order written. The claims are locked first, as an edit of them locks them, so that an edit
 * replacing their counterparts meanwhile is not lost. Returns how many rows collapsed.
 */
async function moveCounterparts(
  tx: Db,
  survivorId: string,
  mergedIds: string[],
  moved: (from: string) => void,
): Promise<number> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT a.id::text FROM annotations a
     WHERE a.id IN (SELECT cc.claim_id FROM claim_counterparts cc WHERE cc.actor_id = ANY(${mergedIds}::uuid[]))
     ORDER BY a.id FOR UPDATE`;
  if (locked.length === 0) return 0;
  const claimIds = locked.map((row) => row.id);
  const rows = await tx.claimCounterpart.findMany({
    where: { claimId: { in: claimIds } },
    orderBy: [{ claimId: "asc" }, { position: "asc" }],
  });
  const merged = new Set(mergedIds);
  const next = new Map<string, string[]>();
  let collapsed = 0;
  for (const row of rows) {
    const list = next.get(row.claimId) ?? [];
    next.set(row.claimId, list);
    if (merged.has(row.actorId)) moved(row.actorId);
    const actorId = merged.has(row.actorId) ? survivorId : row.actorId;
    if (list.includes(actorId)) collapsed++;
    else list.push(actorId);
  }
  await tx.claimCounterpart.deleteMany({ where: { claimId: { in: [...next.keys()] } } });
  await tx.claimCounterpart.createMany({
    data: [...next].flatMap(([claimId, actorIds]) =>
      actorIds.map((actorId, position) => ({ claimId, actorId, position })),
    ),
  });
  return collapsed;
}

/**
 * Gives the survivor the merged actors' names and aliases, in the order the actors were named,
 * skipping those that fold to the survivor's name or to an alias it already has (actor_aliases
 * is unique on (actor_id, normalized)). The merged actors keep none.
 */
async function moveAliases(
  tx: Db,
  survivor: LockedActor,
  merged: LockedActor[],
  moved: (from: string) => void,
): Promise<{ survivorBefore: string[]; survivorAfter: string[]; mergedBefore: Map<string, string[]> }> {
  const rows = await tx.actorAlias.findMany({
    where: { actorId: { in: [survivor.id, ...merged.map((actor) => actor.id)] } },
    orderBy: { alias: "asc" },
  });
  const of = (actorId: string) => rows.filter((row) => row.actorId === actorId);
  const survivorBefore = of(survivor.id)
    .map((row) => row.alias)
    .sort();
  const seen = new Set([survivor.normalizedName, ...of(survivor.id).map((row) => row.normalized)]);
  const added: { alias: string; normalized: string }[] = [];
  const mergedBefore = new Map<string, string[]>();
  for (const actor of merged) {
    const own = of(actor.id);
    mergedBefore.set(actor.id, own.map((row) => row.alias).sort());
    for (const candidate of [{ alias: actor.name, normalized: actor.normalizedName }, ...own]) {
      if (!candidate.normalized || seen.has(candidate.normalized)) continue;
      seen.add(candidate.normalized);
      added.push({ alias: candidate.alias, normalized: candidate.normalized });
      moved(actor.id);
    }
  }
  await tx.actorAlias.deleteMany({ where: { actorId: { in: merged.map((actor) => actor.id) } } });
  if (added.length) {
    await tx.actorAlias.createMany({ data: added.map((row) => ({ ...row, actorId: survivor.id })) });
  }
  return {
    survivorBefore,
    survivorAfter: [...survivorBefore, ...added.map((row) => row.alias)].sort(),
    mergedBefore,
  };
}
