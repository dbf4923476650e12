import { createHash } from "node:crypto";

import { isDateInRange } from "../../shared/dates";
import { DomainError, ErrorCode } from "../../shared/errors";

export interface ParsedArticle {
  title: string;
  body: string;
  publishedAt: Date | null;
}

export interface ParseArticleOptions {
  title?: string | null;
}

export const MAX_TITLE_LENGTH = 120;

const DATE_MARKER = /^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)/;

const CLOSING_QUOTES = "\"'\u2019\u201D\u00BB\u203A";
const TRAILING_CLOSERS = new RegExp(`[${CLOSING_QUOTES})\\]]+$`, "u");
const SENTENCE_PUNCTUATION = /[.!?:;,\u2026]$/u;

/**
 * Parses a plain-text article in the seed format: an optional `date YYYY-MM-DD` marker, then
 * paragraphs separated by blank lines. Annotation offsets point into the returned `body`, so
 * only line endings, trailing whitespace of lines and runs of blank lines are normalised;
 * every other character is kept as it is.
 */
export function parseArticleText(text: string, options: ParseArticleOptions = {}): ParsedArticle {
  let rest = text.replace(/\r\n?/g, "\n");
  let publishedAt: Date | null = null;

  const marker = DATE_MARKER.exec(rest);
  if (marker) {
    publishedAt = parseUtcDate(marker[0].trim(), Number(marker[1]), Number(marker[2]), Number(marker[3]));
    rest = rest.slice(marker[0].length);
  }

  const body = normaliseBody(rest);
  if (body.length === 0) {
    throw new DomainError(
      ErrorCode.INVALID_ARTICLE_TEXT,
      marker ? "The article has a date marker but no text after it." : "The article text is empty.",
      { field: ["input", "text"] },
    );
  }

  const givenTitle = options.title?.trim();
  const title = givenTitle ? givenTitle : deriveTitle(body);
  return { title, body, publishedAt };
}

/**
 * A corrected body, normalised as an imported one is (no date marker or title is read from it);
 * INVALID_ARTICLE_TEXT when nothing is left.
 */
export function parseArticleBody(text: string): string {
  const body = normaliseBody(text.replace(/\r\n?/g, "\n"));
  if (body.length === 0) {
    throw new DomainError(ErrorCode.INVALID_ARTICLE_TEXT, "The article text is empty.", { field: ["input", "body"] });
  }
  return body;
}

/**
 * SHA-256 (hex) of the body with Unicode NFC applied and whitespace runs collapsed, so the
 * same article re-imported with other line endings or spacing hashes alike.
 */
export function contentHash(body: string): string {
  const canonical = body.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

function parseUtcDate(marker: string, year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || !isDateInRange(date)) {
    const message = `The date marker "${marker}" is not a valid date.`;
    throw new DomainError(ErrorCode.INVALID_ARTICLE_TEXT, message, { field: ["input", "text"] });
  }
  return date;
}

function normaliseBody(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function deriveTitle(body: string): string {
  const paragraphs = body.split("\n\n");
  const headline = paragraphs.map((p) => p.trim()).find(looksLikeHeadline);
  if (headline !== undefined) return headline;
  return truncateAtWord(firstSentence(paragraphs[0] ?? ""), MAX_TITLE_LENGTH);
}

/**
 * A headline is a short single line that does not end like a sentence: no final
 * . ! ? : ; , or … (also when followed by closing quotes or brackets).
 */
function looksLikeHeadline(paragraph: string): boolean {
  if (paragraph.length === 0 || paragraph.length > MAX_TITLE_LENGTH) return false;
  if (paragraph.includes("\n")) return false;
  if (!/\p{L}/u.test(paragraph)) return false;
  return !SENTENCE_PUNCTUATION.test(paragraph.replace(TRAILING_CLOSERS, ""));
}

/**
 * The text up to the first sentence end: a run of . ! ? … (and closing quotes or brackets)
 * followed by a space or the end. Linear in the paragraph: each run is matched once, greedily,
 * and then tested (a lookahead in the pattern would re-scan long runs from every position).
 */
function firstSentence(paragraph: string): string {
  const flat = paragraph.replace(/\s+/g, " ").trim();
  const terminator = new RegExp(`[.!?\\u2026]+[${CLOSING_QUOTES})\\]]*`, "gu");
  for (let match = terminator.exec(flat); match; match = terminator.exec(flat)) {
    const end = match.index + match[0].length;
    if (end < flat.length && flat[end] !== " ") continue;
    if (match[0].startsWith(".") && endsWithAbbreviation(flat.slice(Math.max(0, match.index - 8), match.index))) {
      continue;
    }
    return flat.slice(0, end);
  }
  return flat;
}

/**
 * "U.S", "J" or "Dr" before a full stop: an initial or abbreviation, not the end of a sentence.
 * Asked of the few characters before the stop (the longest abbreviation and what precedes it).
 */
function endsWithAbbreviation(text: string): boolean {
  return /(?:^|[\s.(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sen|Rep|Gov|Pres|St|Jr|Sr)$/u.test(text);
}

function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = maxLength - 1;
  const boundary = text.slice(0, room + 1).search(/\s\S*$/);
  let head = boundary > 0 ? text.slice(0, boundary) : text.slice(0, room);
  head = head.replace(/[\s,;:\-\u2013\u2014]+$/u, "");
  if (head.length === 0) head = text.slice(0, room);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}\u2026`;
}
