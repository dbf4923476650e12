import { DomainError, ErrorCode } from "../../shared/errors";
import { foldQuotes } from "../../shared/text";

/**
 * A span as sent by a client, combining the W3C Web Annotation TextPositionSelector
 * (start/end, in UTF-16 code units as JavaScript strings count them) and TextQuoteSelector
 * (exact/prefix/suffix). https://www.w3.org/TR/annotation-model/#selectors
 */
export interface SpanSelectorInput {
  start?: number | null;
  end?: number | null;
  exact?: string | null;
  prefix?: string | null;
  suffix?: string | null;
}

/** A span resolved against a body: `exact === body.slice(start, end)`, context recomputed. */
export interface AnchoredSpan {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Maximum length, in UTF-16 code units, of the stored prefix and suffix context. */
export const CONTEXT_LENGTH = 32;

const PREVIEW_LENGTH = 60;

/**
 * Resolves a selector against an article body. Positions, when given, are authoritative and
 * `exact` (if also given) must match them; otherwise `exact` is searched for in quote-folded text
 * and narrowed by prefix/suffix. Given prefix/suffix are only used to
 * choose among occurrences; the returned context is always taken from the body.
 */
export function anchorSpan(body: string, selector: SpanSelectorInput): AnchoredSpan {
  const { start, end, exact } = selector;
  const hasStart = start !== null && start !== undefined;
  const hasEnd = end !== null && end !== undefined;

  if (exact === "") {
    throw new DomainError(ErrorCode.SPAN_EMPTY, "The span text (exact) is empty.", {
      field: ["input", "exact"],
    });
  }
  if (hasStart !== hasEnd) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "start and end must be given together.", {
      field: ["input", hasStart ? "end" : "start"],
    });
  }

  if (hasStart && hasEnd) {
    checkPositions(body, start, end);
    const actual = body.slice(start, end);
    if (exact !== null && exact !== undefined && exact !== actual) {
      throw new DomainError(
        ErrorCode.SPAN_MISMATCH,
        `The text at ${start}–${end} is ${preview(actual)}, not ${preview(exact)}.`,
        { field: ["input", "exact"] },
      );
    }
    return withContext(body, start, end);
  }

  if (exact === null || exact === undefined) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Give either start and end, or exact.", {
      field: ["input", "exact"],
    });
  }
  const found = findQuote(body, exact, selector.prefix ?? "", selector.suffix ?? "");
  return withContext(body, found, found + exact.length);
}

/** The stored-span invariant: the body still has `exact` at `start`–`end`. */
export function sliceMatches(body: string, span: { start: number; end: number; exact: string }): boolean {
  const { start, end, exact } = span;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end <= body.length &&
    body.slice(start, end) === exact
  );
}

function checkPositions(body: string, start: number, end: number): void {
  const outOfRange = (field: "start" | "end", message: string): DomainError =>
    new DomainError(ErrorCode.SPAN_OUT_OF_RANGE, message, { field: ["input", field] });

  if (!Number.isInteger(start)) throw outOfRange("start", `start must be an integer, got ${start}.`);
  if (!Number.isInteger(end)) throw outOfRange("end", `end must be an integer, got ${end}.`);
  if (start < 0 || start > body.length) {
    throw outOfRange("start", `start ${start} is outside the article (0–${body.length}).`);
  }
  if (end < 0 || end > body.length) {
    throw outOfRange("end", `end ${end} is outside the article (0–${body.length}).`);
  }
  if (start === end) {
    throw new DomainError(ErrorCode.SPAN_EMPTY, `The span ${start}–${end} is empty.`, {
      field: ["input", "end"],
    });
  }
  if (start > end) throw outOfRange("end", `end ${end} is before start ${start}.`);
  if (splitsSurrogatePair(body, start)) {
    throw outOfRange("start", `start ${start} falls inside a character (between two UTF-16 surrogates).`);
  }
  if (splitsSurrogatePair(body, end)) {
    throw outOfRange("end", `end ${end} falls inside a character (between two UTF-16 surrogates).`);
  }
}

/**
 * Finds `exact` by its text, narrowed by prefix and suffix. Matching is on quote-folded text
 * (typographic quotes as ASCII, one code unit for one, so offsets carry over), and runs in
 * time linear in the body: it looks for prefix + exact + suffix as one pattern and stops at
 * the second match, which is all it needs to tell unique from ambiguous.
 */
function findQuote(body: string, exact: string, prefix: string, suffix: string): number {
  const text = foldQuotes(body);
  const needle = foldQuotes(exact);
  const before = foldQuotes(prefix);
  const after = foldQuotes(suffix);
  // An occurrence whose edges would split a character is no occurrence.
  const whole = (at: number): boolean =>
    !splitsSurrogatePair(body, at) && !splitsSurrogatePair(body, at + needle.length);

  const matches = firstMatches(text, before + needle + after, 2, (at) => whole(at + before.length));
  if (matches.length === 1) return matches[0]! + before.length;
  if (matches.length > 1) {
    const narrowed = prefix || suffix ? " with the given prefix/suffix" : "";
    throw new DomainError(
      ErrorCode.SPAN_AMBIGUOUS,
      `${preview(exact)} occurs more than once in the article${narrowed}; ` +
        "give a prefix or suffix (the text just before or after it), or start and end, to choose one.",
      { field: ["input", "exact"] },
    );
  }
  if (firstMatches(text, needle, 1, whole).length === 0) {
    throw new DomainError(ErrorCode.SPAN_NOT_FOUND, `The article does not contain ${preview(exact)}.`, {
      field: ["input", "exact"],
    });
  }
  const field =
    before && firstMatches(text, before + needle, 1, (at) => whole(at + before.length)).length === 0
      ? "prefix"
      : "suffix";
  throw new DomainError(
    ErrorCode.SPAN_NOT_FOUND,
    `${preview(exact)} occurs in the article, but never with the given ${field}.`,
    { field: ["input", field] },
  );
}

/**
 * The first `limit` indexes where `pattern` starts in `text` and `accept` holds, overlapping
 * occurrences included. Knuth–Morris–Pratt: O(text + pattern) whatever the repetition in
 * either (a naive or Boyer–Moore scan degrades to O(text · pattern) on repetitive input).
 */
export function firstMatches(
  text: string,
  pattern: string,
  limit: number,
  accept: (at: number) => boolean = () => true,
): number[] {
  const found: number[] = [];
  if (pattern.length === 0 || pattern.length > text.length) return found;
  // failure[i]: length of the longest proper border of pattern[0..i].
  const failure = new Int32Array(pattern.length);
  for (let i = 1, k = 0; i < pattern.length; i++) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = failure[k - 1]!;
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k++;
    failure[i] = k;
  }
  for (let i = 0, k = 0; i < text.length; i++) {
    while (k > 0 && text.charCodeAt(i) !== pattern.charCodeAt(k)) k = failure[k - 1]!;
    if (text.charCodeAt(i) === pattern.charCodeAt(k)) k++;
    if (k === pattern.length) {
      const at = i - pattern.length + 1;
      if (accept(at)) {
        found.push(at);
        if (found.length >= limit) break;
      }
      k = failure[k - 1]!;
    }
  }
  return found;
}

/** The span `start`–`end` of `body` with its prefix and suffix context taken from the body. */
export function withContext(body: string, start: number, end: number): AnchoredSpan {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(body, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(body.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(body, suffixEnd)) suffixEnd -= 1;
  return {
    start,
    end,
    exact: body.slice(start, end),
    prefix: body.slice(prefixStart, start),
    suffix: body.slice(end, suffixEnd),
  };
}

export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function preview(text: string): string {
  if (text.length <= PREVIEW_LENGTH) return JSON.stringify(text);
  const cut = splitsSurrogatePair(text, PREVIEW_LENGTH) ? PREVIEW_LENGTH - 1 : PREVIEW_LENGTH;
  return `${JSON.stringify(text.slice(0, cut))}…`;
}
