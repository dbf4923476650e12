import type { AttributionKind, Stance } from "../../generated/prisma/enums";

/**
 * The claims ledger of a subject and topic (README "The claims ledger"), as a pure function of the
 * visible claims: grouped by counterpart (a backer, say) and by stance. A claim naming several
 * counterparts counts on each of their sides. A claim naming none stands against every
 * counterpart: a general denial ("received no foreign support") is kept as its own side, shown
 * against each counterpart, never folded into a counterpart's denials.
 */
export interface LedgerClaim {
  id: string;
  stance: Stance;
  counterpartIds: string[];
  claimantId: string | null;
  attributionText: string | null;
  attributionKind: AttributionKind;
  /** When it was said: its article's publication time (the claim's creation for undated articles). */
  seenAt: Date;
}

/** Who said it: the claimant, or the attribution when no claimant is named. */
export interface LedgerSource {
  claimantId: string | null;
  attributionText: string | null;
  attributionKind: AttributionKind;
  count: number;
}

export interface LedgerSide {
  stance: Stance;
  /** Claims that name no counterpart (they stand against every counterpart). */
  general: boolean;
  count: number;
  firstSeen: Date | null;
  lastSeen: Date | null;
  sources: LedgerSource[];
  /** The claims, earliest first. */
  claimIds: string[];
}

export interface LedgerCounterpart {
  counterpartId: string;
  asserts: LedgerSide;
  denies: LedgerSide;
}

export interface Ledger {
  claimCount: number;
  /** Most claims first, then in the order first named. */
  counterparts: LedgerCounterpart[];
  generalAssertions: LedgerSide;
  generalDenials: LedgerSide;
}

export function buildLedger(claims: LedgerClaim[]): Ledger {
  const ordered = [...claims].sort((a, b) => a.seenAt.getTime() - b.seenAt.getTime() || a.id.localeCompare(b.id));
  const counterparts = new Map<string, LedgerCounterpart>();
  const generalAssertions = emptySide("ASSERTS", true);
  const generalDenials = emptySide("DENIES", true);
  for (const claim of ordered) {
    if (claim.counterpartIds.length === 0) {
      add(claim.stance === "DENIES" ? generalDenials : generalAssertions, claim);
      continue;
    }
    for (const counterpartId of new Set(claim.counterpartIds)) {
      let entry = counterparts.get(counterpartId);
      if (!entry) {
        entry = { counterpartId, asserts: emptySide("ASSERTS", false), denies: emptySide("DENIES", false) };
        counterparts.set(counterpartId, entry);
      }
      add(claim.stance === "DENIES" ? entry.denies : entry.asserts, claim);
    }
  }
  const firstNamed = [...counterparts.keys()];
  return {
    claimCount: claims.length,
    counterparts: [...counterparts.values()].sort(
      (a, b) =>
        b.asserts.count + b.denies.count - (a.asserts.count + a.denies.count) ||
        firstNamed.indexOf(a.counterpartId) - firstNamed.indexOf(b.counterpartId),
    ),
    generalAssertions,
    generalDenials,
  };
}

function emptySide(stance: Stance, general: boolean): LedgerSide {
  return { stance, general, count: 0, firstSeen: null, lastSeen: null, sources: [], claimIds: [] };
}

/** Adds a claim to a side; claims arrive earliest first. */
function add(side: LedgerSide, claim: LedgerClaim): void {
  side.count++;
  side.claimIds.push(claim.id);
  side.firstSeen ??= claim.seenAt;
  side.lastSeen = claim.seenAt;
  // A named claimant is one source whatever the wording; otherwise the attribution is.
  const source = side.sources.find((known) =>
    claim.claimantId !== null
      ? known.claimantId === claim.claimantId
      : known.claimantId === null &&
        known.attributionKind === claim.attributionKind &&
        known.attributionText === claim.attributionText,
  );
  if (source) source.count++;
  else
    side.sources.push({
      claimantId: claim.claimantId,
      attributionText: claim.claimantId !== null ? null : claim.attributionText,
      attributionKind: claim.attributionKind,
      count: 1,
    });
}
