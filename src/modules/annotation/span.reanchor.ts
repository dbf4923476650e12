import type { Diff } from "@sanity/diff-match-patch";
import { cleanupSemantic, DIFF_EQUAL, DIFF_INSERT, makeDiff, match, xIndex } from "@sanity/diff-match-patch";
import type { AnchoredSpan } from "./span.anchor";
import { firstMatches, splitsSurrogatePair, withContext } from "./span.anchor";

/**
 * Re-anchoring: where each annotation's span lies in an article's corrected text. Pure; the
 * correction (article.correction.ts) decides what the results mean for each annotation's state.
 *
 * The old and new texts are diffed once (diff-match-patch, Myers' algorithm with semantic
 * cleanup). For each span, in order, the first confident answer wins:
 *
 * 1. Kept by the diff: every character of the span is in an unchanged stretch, so the diff maps
 *    it to the same text in the new body; accepted when its context still agrees, at least
 *    CONTEXT_KEPT similar on each side — on one side for a span of LONG_SPAN characters or
 *    more, whose own text vouches for the alignment (the sentence after it may be deleted).
 * 2. Found again: the span's exact text elsewhere in the new body (a paragraph moved, text
 *    deleted or inserted so the diff aligned other words). Each occurrence is scored by how well
 *    the text around it agrees with the stored prefix and suffix; one occurrence must agree on
 *    both sides (CONTEXT_FOUND) and clearly better than any other, else the span is ambiguous.
 * 3. Changed a little: each edge of the span is placed, either because the diff keeps the span's
 *    first (last) characters, or by finding the stored prefix (suffix) near where the diff maps
 *    it (diff-match-patch's bounded fuzzy `match`, then required verbatim at the place it
 *    reports); the text between the edges must be similar enough to the old exact (TEXT_SIMILAR).
 * 4. Otherwise ORPHANED: never moved to words it cannot vouch for.
 *
 * Context is compared within the paragraph only (prefix after its last line break, suffix before
 * its first), so a paragraph moved whole keeps the context of every span in it.
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
/** A kept span this long needs its context to agree on one side only. */
export const LONG_SPAN = 16;
/** Least context similarity (each side) for an occurrence of the exact text found elsewhere. */
export const CONTEXT_FOUND = 0.75;
/** How much better the best occurrence must agree than the next one to be chosen. */
export const CONTEXT_MARGIN = 0.15;
/** Least similarity between the old exact and the text between the found prefix and suffix. */
export const TEXT_SIMILAR = 0.6;
/** Context shorter than this (a span near a paragraph edge) must sit exactly where the diff puts it. */
const SHORT_CONTEXT = 8;
/** Occurrences of the exact text considered; more than this and the text is too common to place. */
const MAX_OCCURRENCES = 64;
/** diff-match-patch `match`: 0 = verbatim, 1 = anything; and how far from the expected place to look. */
const MATCH_OPTIONS = { threshold: 0.25, distance: 1000 };

/** Re-anchors every span from `before` to `after`, one result per span, in order. */
export function reanchorSpans(before: string, after: string, spans: readonly StoredSpan[]): Reanchored[] {
  const diffs = cleanupSemantic(makeDiff(before, after, { timeout: 2, checkLines: false }));
  const kept = keptStretches(diffs);
  return spans.map((span) => reanchorOne(after, diffs, kept, span));
}

function reanchorOne(after: string, diffs: Diff[], kept: Stretch[], span: StoredSpan): Reanchored {
  const mapped = xIndex(diffs, span.start);

  // 1. Kept by the diff.
  if (kept.some((stretch) => stretch.from <= span.start && span.end <= stretch.to)) {
    const candidate = withContext(after, mapped, mapped + span.exact.length);
    const [weaker, stronger] = agreement(span, candidate);
    const agrees = span.exact.length >= LONG_SPAN ? stronger : weaker;
    if (candidate.exact === span.exact && agrees >= CONTEXT_KEPT) return landed(span, candidate);
  }

  // 2. The exact text found again.
  const found = foundAgain(after, span, mapped);
  if (found) return landed(span, found);

  // 3. The text changed a little, between its old prefix and suffix.
  const changed = betweenEdges(after, diffs, kept, span);
  if (changed) return landed(span, changed);

  return { result: "ORPHANED", span: null };
}

function landed(old: StoredSpan, span: AnchoredSpan): Reanchored {
  if (span.exact !== old.exact) return { result: "CHANGED", span };
  const same = span.start === old.start && span.prefix === old.prefix && span.suffix === old.suffix;
  return { result: same ? "UNCHANGED" : "MOVED", span };
}

function foundAgain(after: string, span: StoredSpan, mapped: number): AnchoredSpan | null {
  const whole = (at: number) => !splitsSurrogatePair(after, at) && !splitsSurrogatePair(after, at + span.exact.length);
  const starts = firstMatches(after, span.exact, MAX_OCCURRENCES + 1, whole);
  if (starts.length === 0 || starts.length > MAX_OCCURRENCES) return null;
  const scored = starts
    .map((start) => {
      const candidate = withContext(after, start, start + span.exact.length);
      return { candidate, score: agreement(span, candidate)[0] };
    })
    .filter(({ score }) => score >= CONTEXT_FOUND)
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best) return null;
  if (!next || best.score - next.score >= CONTEXT_MARGIN) return best.candidate;
  // Several agree equally well: the one where the diff maps the span, if it is one of them.
  return (
    scored.find(({ candidate, score }) => candidate.start === mapped && best.score - score < CONTEXT_MARGIN)
      ?.candidate ?? null
  );
}

function betweenEdges(after: string, diffs: Diff[], kept: Stretch[], span: StoredSpan): AnchoredSpan | null {
  const edge = Math.min(SHORT_CONTEXT, span.end - span.start);
  const keeps = (from: number, to: number) => kept.some((stretch) => stretch.from <= from && to <= stretch.to);
  const start = keeps(span.start, span.start + edge)
    ? xIndex(diffs, span.start)
    : contextEdge(after, paragraphTail(span.prefix), xIndex(diffs, span.start), "before");
  if (start === null) return null;
  const end = keeps(span.end - edge, span.end)
    ? xIndex(diffs, span.end - 1) + 1
    : contextEdge(after, paragraphHead(span.suffix), xIndex(diffs, span.end), "after");
  if (end === null || end <= start) return null;
  if (splitsSurrogatePair(after, start) || splitsSurrogatePair(after, end)) return null;
  const candidate = withContext(after, start, end);
  const lengthBound = 2 * span.exact.length + SHORT_CONTEXT;
  if (candidate.exact.length > lengthBound || candidate.exact.trim() === "") return null;
  return similarity(span.exact, candidate.exact) >= TEXT_SIMILAR ? candidate : null;
}

/**
 * Where the span's edge now is, found by the context on that side: the end of the prefix (side
 * "before") or the start of the suffix ("after"). Long context is looked for near `expected`
 * with a bounded fuzzy match and must then be there verbatim; short context (the span is near a
 * paragraph edge) must be verbatim at `expected` itself, with the paragraph edge beyond it.
 */
function contextEdge(after: string, context: string, expected: number, side: "before" | "after"): number | null {
  if (context.length >= SHORT_CONTEXT) {
    const guess = side === "before" ? expected - context.length : expected;
    const at = match(after, context, guess, MATCH_OPTIONS);
    if (at < 0 || !after.startsWith(context, at)) return null;
    return side === "before" ? at + context.length : at;
  }
  if (side === "before") {
    const from = expected - context.length;
    const edge = from === 0 || after[from - 1] === "\n";
    return from >= 0 && edge && after.startsWith(context, from) ? expected : null;
  }
  const to = expected + context.length;
  const edge = to === after.length || after[to] === "\n";
  return edge && after.startsWith(context, expected) ? expected : null;
}

/** How well a candidate's context agrees with the stored one, 0 to 1: [weaker side, stronger side]. */
function agreement(old: StoredSpan, candidate: AnchoredSpan): [number, number] {
  const before = similarity(paragraphTail(old.prefix), paragraphTail(candidate.prefix));
  const after = similarity(paragraphHead(old.suffix), paragraphHead(candidate.suffix));
  return before <= after ? [before, after] : [after, before];
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

/** Shared characters (by diff) over total length, 0 to 1; two empty strings are alike. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const shared = makeDiff(a, b, { timeout: 0.1, checkLines: false })
    .filter(([operation]) => operation === DIFF_EQUAL)
    .reduce((sum, [, text]) => sum + text.length, 0);
  return (2 * shared) / (a.length + b.length);
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
