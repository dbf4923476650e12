/**
 * Spans are W3C TextPositionSelector offsets in UTF-16 code units into Article.body, the way
 * JavaScript strings count, so `body.slice(start, end)` is the span's text. Rendering cuts the
 * body at every span edge; each piece knows which spans cover it.
 */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment<T extends Span> {
  start: number;
  end: number;
  text: string;
  /** The spans covering this piece, shortest first (the most specific one is drawn on top). */
  covering: T[];
}

export function segment<T extends Span>(body: string, spans: readonly T[]): Segment<T>[] {
  const valid = spans.filter((span) => span.start >= 0 && span.end <= body.length && span.start < span.end);
  const cuts = [...new Set([0, body.length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = valid
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, text: body.slice(start, end), covering });
  }
  return segments;
}

/** How many characters of `container`'s text come before (node, offset): a DOM point as a body offset. */
export function offsetWithin(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * A W3C TextQuoteSelector for body[start, end), without the whitespace a drag picks up at its
 * edges: the text and up to `context` characters either side. The server finds the span from
 * these (README, "Spans"); the client never sends offsets it counted itself.
 */
export function quoteSelector(body: string, start: number, end: number, context = 32): QuoteSelector | null {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (start >= end) return null;
  return {
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - context), start),
    suffix: body.slice(end, end + context),
  };
}
