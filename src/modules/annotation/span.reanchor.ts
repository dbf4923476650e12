import type { Diff } from "@sanity/diff-match-patch";
import { cleanupSemantic, DIFF_EQUAL, DIFF_INSERT, makeDiff, match, xIndex } from "@sanity/diff-match-patch";
import type { AnchoredSpan } from "./span.anchor";
import { splitsSurrogatePair, withContext } from "./span.anchor";

/**
 * Re-anchoring: where each annotation's span lies in an article's corrected text. Pure; the
 * correction (article.correction.ts) decides what the results mean for each annotation's state.
 *
 * The old and new texts are diffed once (diff-match-patch: Myers' algorithm, line mode for speed,
 * semantic cleanup). Context is compared within the paragraph only (the prefix after its last
 * line break, the suffix before its first), so a paragraph moved whole keeps the context of every
 * span in it; context of SHORT_CONTEXT characters or more is "telling", an empty one (a span at a
 * paragraph edge) tells nothing. For each span, the first confident answer wins:
 *
 * 1. Kept by the diff: every character of the span is in an unchanged stretch, so the diff maps
 *    it to the same words; accepted when its context agrees on both sides (CONTEXT_KEPT), or, for
 *    a span of LONG_SPAN characters or more, on one telling side (the sentence after it may have
 *    been deleted).
 * 2. Found again: its exact words elsewhere (a paragraph moved, or the diff aligned other words).
 *    An occurrence qualifies when its context agrees on both sides (CONTEXT_FOUND) and at least
 *    one side is telling; or when the words are LONG_SPAN or longer, occur once in the old text
 *    and once in the new, and a telling side agrees or no side was telling (a whole paragraph).
 *    One occurrence must qualify clearly better than any other (CONTEXT_MARGIN), else the span is
 *    ambiguous.
 * 3. Changed a little, only when its exact words are nowhere in the new text: both edges are
 *    placed with evidence — the diff keeps the span's first (last) SHORT_CONTEXT characters, or its
 *    telling prefix (suffix) is found near where the diff maps it (diff-match-patch's bounded
 *    fuzzy `match`, then required verbatim there); a telling side of context still agrees there
 *    (or, with none, the diff keeps both edges); and the words between them are WORDS_SIMILAR
 *    alike to the old ones, word by word, within the same paragraphs.
 * 4. Otherwise ORPHANED: never moved to words it cannot vouch for.
 *
 * Finally, spans that stood in different places but landed on the same words are settled: the one
 * with the strongest evidence (kept, then found, then changed) keeps them if it alone has it, and
 * the others are ORPHANED.
 */

export type ReanchorResult =
  /** Same place, same text, same context. */
  | "UNCHANGED"
  /** Same text, found at another place or with other context. */
  | "MOVED"
  /** The text itself changed a little; `span.exact` is the new text. */
  | "CHANGED"
  /** Not re-anchored with confidence. */
  | "ORPHANED";

export interface StoredSpan {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Reanchored {
  result: ReanchorResult;
  /** Where the span now lies (`exact === body.slice(start, end)`); null when ORPHANED. */
  span: AnchoredSpan | null;
}

/** Least context similarity for a span the diff kept in place (see LONG_SPAN). */
export const CONTEXT_KEPT = 0.5;
/** A span this long vouches for itself: one telling side of agreeing context is enough. */
export const LONG_SPAN = 16;
/** Least context similarity for an occurrence of the exact text found elsewhere. */
export const CONTEXT_FOUND = 0.75;
/** How much better the best occurrence must agree than the next one to be chosen. */
export const CONTEXT_MARGIN = 0.15;
/** Least word-by-word similarity between the old exact and the words that replaced it. */
export const WORDS_SIMILAR = 0.8;
/** Context this long tells where a span is; shorter context (a paragraph edge) tells nothing. */
const SHORT_CONTEXT = 8;
/** Occurrences of the exact text considered; more than this and the text is too common to place. */
const MAX_OCCURRENCES = 64;
/** diff-match-patch `match`: 0 = verbatim, 1 = anything; and how far from the expected place to look. */
const MATCH_OPTIONS = { threshold: 0.25, distance: 1000 };
/** Seconds the diff may take; past it diff-match-patch returns a coarser (still valid) diff. */
const DIFF_TIMEOUT = 1;

/** How strongly a span's new place is evidenced, for settling two spans that land on the same words. */
enum Evidence {
  None = 0,
  Changed = 1,
  Found = 2,
  Kept = 3,
}

interface Placed extends Reanchored {
  evidence: Evidence;
}

/** Re-anchors every span from `before` to `after`, one result per span, in order. */
export function reanchorSpans(before: string, after: string, spans: readonly StoredSpan[]): Reanchored[] {
  const diffs = cleanupSemantic(makeDiff(before, after, { timeout: DIFF_TIMEOUT, checkLines: true }));
  const texts = { before, after, diffs, kept: keptStretches(diffs) };
  const placed = spans.map((span) => reanchorOne(texts, span));
  return settleCollisions(spans, placed).map(({ result, span }) => ({ result, span }));
}

interface Texts {
  before: string;
  after: string;
  diffs: Diff[];
  kept: Stretch[];
}

function reanchorOne(texts: Texts, span: StoredSpan): Placed {
  const { after, diffs } = texts;
  const mapped = xIndex(diffs, span.start);

  // 1. Kept by the diff.
  if (keeps(texts.kept, span.start, span.end)) {
    const candidate = withContext(after, mapped, mapped + span.exact.length);
    if (candidate.exact === span.exact && keptAgrees(span, candidate)) return landed(span, candidate, Evidence.Kept);
  }

  // 2. The exact words found again.
  const occurrences = occurrencesOf(after, span.exact);
  const found = foundAgain(texts, span, occurrences, mapped);
  if (found) return landed(span, found, Evidence.Found);

  // 3. Changed a little: only when the words themselves are gone.
  if (occurrences.length === 0) {
    const changed = betweenEdges(texts, span);
    if (changed) return landed(span, changed, Evidence.Changed);
  }
  return orphaned();
}

function landed(old: StoredSpan, span: AnchoredSpan, evidence: Evidence): Placed {
  if (span.exact !== old.exact) return { result: "CHANGED", span, evidence };
  const same = span.start === old.start && span.prefix === old.prefix && span.suffix === old.suffix;
  return { result: same ? "UNCHANGED" : "MOVED", span, evidence };
}

function orphaned(): Placed {
  return { result: "ORPHANED", span: null, evidence: Evidence.None };
}

/** Step 1's test: context agrees on both sides, or on one telling side for a long span. */
function keptAgrees(old: StoredSpan, candidate: AnchoredSpan): boolean {
  const sides = contextSides(old, candidate);
  if (sides.every((side) => side.similarity >= CONTEXT_KEPT)) return true;
  return old.exact.length >= LONG_SPAN && sides.some((side) => side.telling && side.similarity >= CONTEXT_KEPT);
}

function foundAgain(texts: Texts, span: StoredSpan, occurrences: number[], mapped: number): AnchoredSpan | null {
  if (occurrences.length === 0 || occurrences.length > MAX_OCCURRENCES) return null;
  const uniqueWords =
    span.exact.length >= LONG_SPAN && occurrences.length === 1 && occurrencesOf(texts.before, span.exact).length === 1;
  const scored = occurrences
    .map((start) => {
      const candidate = withContext(texts.after, start, start + span.exact.length);
      const sides = contextSides(span, candidate);
      const both = Math.min(...sides.map((side) => side.similarity));
      const telling = sides.filter((side) => side.telling && side.similarity >= CONTEXT_FOUND);
      // Long words found once where they stood once vouch for themselves, unless telling context disagrees.
      const anyTelling = sides.some((side) => side.telling);
      const qualifies =
        (both >= CONTEXT_FOUND && telling.length > 0) || (uniqueWords && (telling.length > 0 || !anyTelling));
      return { candidate, score: both, qualifies };
    })
    .filter(({ qualifies }) => qualifies)
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best) return null;
  if (!next || best.score - next.score >= CONTEXT_MARGIN) return best.candidate;
  // Several agree equally well: the one where the diff maps the span, if it is one of them.
  const tied = scored.filter(({ score }) => best.score - score < CONTEXT_MARGIN);
  return tied.find(({ candidate }) => candidate.start === mapped)?.candidate ?? null;
}

function betweenEdges(texts: Texts, span: StoredSpan): AnchoredSpan | null {
  const { after, diffs, kept } = texts;
  const edge = Math.min(SHORT_CONTEXT, span.end - span.start);
  const keptStart = keeps(kept, span.start, span.start + edge);
  const keptEnd = keeps(kept, span.end - edge, span.end);
  const start = keptStart
    ? xIndex(diffs, span.start)
    : contextEdge(after, paragraphTail(span.prefix), xIndex(diffs, span.start), "before");
  if (start === null) return null;
  const end = keptEnd
    ? xIndex(diffs, span.end - 1) + 1
    : contextEdge(after, paragraphHead(span.suffix), xIndex(diffs, span.end), "after");
  if (end === null || end <= start) return null;
  if (splitsSurrogatePair(after, start) || splitsSurrogatePair(after, end)) return null;
  const candidate = withContext(after, start, end);
  const breaks = (text: string) => text.split("\n").length;
  if (breaks(candidate.exact) !== breaks(span.exact) || candidate.exact.trim() === "") return null;
  // The place itself must be vouched for: telling context that still agrees, or, with none
  // (a whole paragraph), both edges of the span's own words kept by the diff.
  const sides = contextSides(span, candidate);
  const placeAgrees = sides.some((side) => side.telling)
    ? sides.some((side) => side.telling && side.similarity >= CONTEXT_FOUND)
    : keptStart && keptEnd;
  if (!placeAgrees) return null;
  return wordSimilarity(span.exact, candidate.exact) >= WORDS_SIMILAR ? candidate : null;
}

/**
 * Where the span's edge now is, found by its telling context on that side: the end of the prefix
 * (side "before") or the start of the suffix ("after"), looked for near `expected` with a bounded
 * fuzzy match and then required verbatim there. Short context tells nothing: null.
 */
function contextEdge(after: string, context: string, expected: number, side: "before" | "after"): number | null {
  if (context.length < SHORT_CONTEXT) return null;
  const guess = side === "before" ? expected - context.length : expected;
  const at = match(after, context, guess, MATCH_OPTIONS);
  if (at < 0 || !after.startsWith(context, at)) return null;
  return side === "before" ? at + context.length : at;
}

/**
 * Spans that stood in different places but landed on the same place: only one of them can be
 * right. The one with the strongest evidence keeps it if it alone has that evidence (with the
 * spans that stood where it stood); every other one, and all of them on a tie, are ORPHANED.
 */
function settleCollisions(spans: readonly StoredSpan[], placed: Placed[]): Placed[] {
  const byPlace = new Map<string, number[]>();
  placed.forEach(({ span }, i) => {
    if (!span) return;
    const key = `${span.start}:${span.end}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), i]);
  });
  const settled = [...placed];
  for (const indexes of byPlace.values()) {
    const origins = new Set(indexes.map((i) => `${spans[i]!.start}:${spans[i]!.end}`));
    if (origins.size < 2) continue;
    const strongest = Math.max(...indexes.map((i) => placed[i]!.evidence));
    const winners = new Set(
      indexes.filter((i) => placed[i]!.evidence === strongest).map((i) => `${spans[i]!.start}:${spans[i]!.end}`),
    );
    const winner = winners.size === 1 ? [...winners][0] : null;
    for (const i of indexes) {
      if (`${spans[i]!.start}:${spans[i]!.end}` !== winner) settled[i] = orphaned();
    }
  }
  return settled;
}

/**
 * The start of every occurrence of `words` in `text` not splitting a character, up to
 * MAX_OCCURRENCES + 1. String.prototype.indexOf: V8's string search switches to Boyer–Moore when
 * a simple scan degrades, so repetitive text stays linear, and it runs natively (2,000 spans over
 * 200 KB: 0.1 s, against 1.5 s for a scan written in JavaScript).
 */
function occurrencesOf(text: string, words: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(words); at >= 0 && found.length <= MAX_OCCURRENCES; at = text.indexOf(words, at + 1)) {
    if (!splitsSurrogatePair(text, at) && !splitsSurrogatePair(text, at + words.length)) found.push(at);
  }
  return found;
}

interface Side {
  /** 0 to 1: how alike the stored context and the candidate's are, word by word. */
  similarity: number;
  /** The stored context on this side is long enough to tell where the span is. */
  telling: boolean;
}

/** Both sides of a candidate's context against the stored one, within the paragraph. */
function contextSides(old: StoredSpan, candidate: AnchoredSpan): [Side, Side] {
  const side = (stored: string, found: string): Side => ({
    similarity: wordSimilarity(stored, found),
    telling: stored.length >= SHORT_CONTEXT,
  });
  return [
    side(paragraphTail(old.prefix), paragraphTail(candidate.prefix)),
    side(paragraphHead(old.suffix), paragraphHead(candidate.suffix)),
  ];
}

/** The part of a prefix inside the span's paragraph. */
function paragraphTail(prefix: string): string {
  return prefix.slice(prefix.lastIndexOf("\n") + 1);
}

/** The part of a suffix inside the span's paragraph. */
function paragraphHead(suffix: string): string {
  const cut = suffix.indexOf("\n");
  return cut < 0 ? suffix : suffix.slice(0, cut);
}

/**
 * Shared words (by a diff of the word sequences) over the total count, 0 to 1: "Russia sent
 * mercenaries" and "Turkey sent drones" share one word in three, however alike their letters.
 */
export function wordSimilarity(a: string, b: string): number {
  const codes = new Map<string, string>();
  // Each distinct word as one private-use character, so that the diff compares words.
  const encode = (text: string) =>
    (text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [])
      .map((word) => {
        const folded = word.toLowerCase();
        if (!codes.has(folded)) codes.set(folded, String.fromCharCode(0xe000 + (codes.size % 0x1900)));
        return codes.get(folded)!;
      })
      .join("");
  const [x, y] = [encode(a), encode(b)];
  if (x === y) return 1;
  return (2 * sharedLength(makeDiff(x, y, { timeout: 0.1, checkLines: false }))) / (x.length + y.length);
}

function sharedLength(diffs: Diff[]): number {
  return diffs.filter(([operation]) => operation === DIFF_EQUAL).reduce((sum, [, text]) => sum + text.length, 0);
}

/** A stretch of the old text the diff keeps: [from, to). */
interface Stretch {
  from: number;
  to: number;
}

function keptStretches(diffs: Diff[]): Stretch[] {
  const stretches: Stretch[] = [];
  let at = 0;
  for (const [operation, text] of diffs) {
    if (operation === DIFF_EQUAL) stretches.push({ from: at, to: at + text.length });
    if (operation !== DIFF_INSERT) at += text.length;
  }
  return stretches;
}

/** Whether the diff keeps all of [from, to) of the old text. */
function keeps(kept: Stretch[], from: number, to: number): boolean {
  return kept.some((stretch) => stretch.from <= from && to <= stretch.to);
}
