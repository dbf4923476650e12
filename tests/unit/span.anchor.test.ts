import { readFileSync } from "node:fs";
import { join } from "node:path";

import { anchorSpan, CONTEXT_LENGTH, sliceMatches } from "../../src/modules/annotation/span.anchor";
import { parseArticleText } from "../../src/modules/ingest/article.parser";
import { expectDomainError } from "../support/expect";

const SEED_PATH = join(__dirname, "..", "..", "seeds", "000_998827260db387d9.txt");
const body = parseArticleText(readFileSync(SEED_PATH, "utf8")).body;

const BACKED = "Haftar\u2019s party is backed by Russian mercenaries, Egypt and the United Arab Emirates";

function allIndexesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

describe("span anchoring", () => {
  describe("anchorSpan by position", () => {
    it("anchors valid positions and returns the body's text", () => {
      const start = body.indexOf(BACKED);
      const span = anchorSpan(body, { start, end: start + BACKED.length });
      expect(span).toMatchObject({ start, end: start + BACKED.length, exact: BACKED });
      expect(sliceMatches(body, span)).toBe(true);
    });

    it("accepts a matching exact alongside positions", () => {
      const span = anchorSpan(body, { start: 0, end: 12, exact: "A delegation" });
      expect(span).toEqual({
        start: 0,
        end: 12,
        exact: "A delegation",
        prefix: "",
        suffix: body.slice(12, 44),
      });
    });

    it("accepts a span covering the whole body", () => {
      expect(anchorSpan(body, { start: 0, end: body.length }).exact).toBe(body);
    });

    it.each([
      [-1, 5, "start"],
      [0, body.length + 1, "end"],
      [body.length + 1, body.length + 2, "start"],
      [10, 5, "end"],
      [1.5, 5, "start"],
      [0, Number.NaN, "end"],
    ])("rejects start %p end %p as SPAN_OUT_OF_RANGE", (start, end, field) => {
      expectDomainError(() => anchorSpan(body, { start, end }), "SPAN_OUT_OF_RANGE", ["input", field]);
    });

    it("rejects start === end as SPAN_EMPTY", () => {
      expectDomainError(() => anchorSpan(body, { start: 7, end: 7 }), "SPAN_EMPTY");
    });

    it("rejects an empty exact as SPAN_EMPTY", () => {
      expectDomainError(() => anchorSpan(body, { start: 0, end: 1, exact: "" }), "SPAN_EMPTY", ["input", "exact"]);
    });

    it("rejects an exact that differs from the body at the positions, showing the body's text", () => {
      const error = expectDomainError(
        () => anchorSpan(body, { start: 0, end: 12, exact: "A delegates" }),
        "SPAN_MISMATCH",
        ["input", "exact"],
      );
      expect(error.message).toContain('"A delegation"');
    });

    it("does not accept a straight quote for a curly one when positions are given", () => {
      const start = body.indexOf(BACKED);
      expectDomainError(
        () => anchorSpan(body, { start, end: start + BACKED.length, exact: BACKED.replace("\u2019", "'") }),
        "SPAN_MISMATCH",
      );
    });

    it("truncates a long body text in the mismatch message", () => {
      const error = expectDomainError(() => anchorSpan(body, { start: 0, end: 300, exact: "x" }), "SPAN_MISMATCH");
      expect(error.message).not.toContain(body.slice(0, 300));
      expect(error.message).toContain("\u2026");
    });

    it("requires start and end together", () => {
      expectDomainError(() => anchorSpan(body, { start: 3 }), "BAD_USER_INPUT", ["input", "end"]);
      expectDomainError(() => anchorSpan(body, { end: 3, exact: "x" }), "BAD_USER_INPUT", ["input", "start"]);
    });

    it("rejects a selector with neither positions nor exact", () => {
      expectDomainError(() => anchorSpan(body, {}), "BAD_USER_INPUT", ["input", "exact"]);
      expectDomainError(() => anchorSpan(body, { start: null, end: null, exact: null }), "BAD_USER_INPUT");
    });

    it("refuses positions that split a surrogate pair", () => {
      const text = "Flag \u{1F1E8}\u{1F1ED} here";
      expectDomainError(() => anchorSpan(text, { start: 6, end: 9 }), "SPAN_OUT_OF_RANGE", ["input", "start"]);
      expectDomainError(() => anchorSpan(text, { start: 5, end: 6 }), "SPAN_OUT_OF_RANGE", ["input", "end"]);
      expect(anchorSpan(text, { start: 5, end: 9 }).exact).toBe("\u{1F1E8}\u{1F1ED}");
    });
  });

  describe("anchorSpan by quote", () => {
    it("anchors a unique phrase with a curly apostrophe", () => {
      const start = body.indexOf(BACKED);
      const span = anchorSpan(body, { exact: BACKED });
      expect(span.start).toBe(start);
      expect(span.end).toBe(start + BACKED.length);
      expect(span.exact).toBe(BACKED);
      expect(sliceMatches(body, span)).toBe(true);
    });

    it("anchors the same phrase typed with a straight apostrophe to the same offsets, returning the body's text", () => {
      const typed = BACKED.replace("\u2019", "'");
      expect(body.includes(typed)).toBe(false);
      const span = anchorSpan(body, { exact: typed });
      expect(span).toEqual(anchorSpan(body, { exact: BACKED }));
      expect(span.exact).toBe(BACKED);
    });

    it("folds quotes in the prefix and suffix as well", () => {
      const span = anchorSpan(body, {
        exact: "full support",
        prefix: "United States' ",
        suffix: " for the sovereignty",
      });
      expect(span.exact).toBe("full support");
      expect(span.prefix.endsWith("United States\u2019 ")).toBe(true);
    });

    it("returns SPAN_AMBIGUOUS for a phrase that occurs more than once", () => {
      expect(allIndexesOf(body, "the Libyan commander")).toHaveLength(2);
      const error = expectDomainError(() => anchorSpan(body, { exact: "the Libyan commander" }), "SPAN_AMBIGUOUS", [
        "input",
        "exact",
      ]);
      expect(error.message).toContain("more than once");
      expect(error.message).toMatch(/prefix or suffix/);
      expect(error.message).toMatch(/start and end/);
    });

    it("disambiguates a repeated phrase by prefix", () => {
      const [, second] = allIndexesOf(body, "the Libyan commander");
      const span = anchorSpan(body, { exact: "the Libyan commander", prefix: "US delegates met " });
      expect(span.start).toBe(second);
      expect(span.exact).toBe("the Libyan commander");
    });

    it("disambiguates a repeated phrase by suffix", () => {
      const [first] = allIndexesOf(body, "the Libyan commander");
      const span = anchorSpan(body, { exact: "the Libyan commander", suffix: " to resolve" });
      expect(span.start).toBe(first);
    });

    it("reports a phrase that occurs several times as ambiguous and resolves it by context", () => {
      const occurrences = allIndexesOf(body, "US officials");
      expect(occurrences.length).toBeGreaterThan(2);
      const error = expectDomainError(() => anchorSpan(body, { exact: "US officials" }), "SPAN_AMBIGUOUS");
      expect(error.message).toContain("more than once");
      expect(anchorSpan(body, { exact: "US officials", prefix: "Senior " }).start).toBe(body.indexOf("Senior US") + 7);
      expect(anchorSpan(body, { exact: "US officials", suffix: " which" }).start).toBe(
        body.indexOf("US officials which"),
      );
    });

    it("stays ambiguous when the suffix does not narrow to one occurrence", () => {
      const error = expectDomainError(() => anchorSpan(body, { exact: "US officials", suffix: " " }), "SPAN_AMBIGUOUS");
      expect(error.message).toContain("with the given prefix/suffix");
    });

    it("counts overlapping occurrences", () => {
      const error = expectDomainError(() => anchorSpan("aaa", { exact: "aa" }), "SPAN_AMBIGUOUS");
      expect(error.message).toContain("more than once");
      expect(anchorSpan("aaa", { exact: "aa", prefix: "a" })).toMatchObject({ start: 1, end: 3 });
      expect(anchorSpan("aaa", { exact: "aa", suffix: "a" })).toMatchObject({ start: 0, end: 2 });
    });

    it("matches on quote-folded text always, so a straight-quoted exact finds a curly occurrence by its suffix", () => {
      const text = 'He said \u201Cno\u201D at noon. Later he said "no" firmly.';
      const span = anchorSpan(text, { exact: '"no"', suffix: " at noon" });
      expect(span).toMatchObject({ start: 8, end: 12, exact: "\u201Cno\u201D" });
      expect(anchorSpan(text, { exact: '"no"', suffix: " firmly" }).start).toBe(text.lastIndexOf('"no"'));
      expectDomainError(() => anchorSpan(text, { exact: '"no"' }), "SPAN_AMBIGUOUS");
    });

    it("stays linear on repetitive text: a 1 MB run of one letter with a 1,000-letter exact", () => {
      const text = "a".repeat(1_000_000);
      const exact = "a".repeat(1000);
      // A unique anchor at the very end: only prefix + exact + suffix identify it.
      const tail = text + "b";
      expect(anchorSpan(tail, { exact, suffix: "b" })).toMatchObject({ start: 1_000_000 - 1000, end: 1_000_000 });
      expectDomainError(() => anchorSpan(text, { exact }), "SPAN_AMBIGUOUS");
      expectDomainError(() => anchorSpan(text, { exact: exact + "b" }), "SPAN_NOT_FOUND", ["input", "exact"]);
      expectDomainError(() => anchorSpan(text, { exact, prefix: "c" }), "SPAN_NOT_FOUND", ["input", "prefix"]);
    });

    it("returns SPAN_NOT_FOUND for text the body does not contain", () => {
      expectDomainError(() => anchorSpan(body, { exact: "Libyan delegate" }), "SPAN_NOT_FOUND", ["input", "exact"]);
    });

    it("returns SPAN_NOT_FOUND when prefix or suffix rule out every occurrence", () => {
      expectDomainError(
        () => anchorSpan(body, { exact: "the Libyan commander", prefix: "nobody met " }),
        "SPAN_NOT_FOUND",
        ["input", "prefix"],
      );
      expectDomainError(
        () => anchorSpan(body, { exact: "the Libyan commander", suffix: " in Paris" }),
        "SPAN_NOT_FOUND",
        ["input", "suffix"],
      );
    });

    it("returns SPAN_EMPTY for an empty exact", () => {
      expectDomainError(() => anchorSpan(body, { exact: "" }), "SPAN_EMPTY", ["input", "exact"]);
    });

    it("anchors every quote and claim of the seed annotations uniquely", () => {
      const seed = JSON.parse(readFileSync(SEED_PATH.replace(/\.txt$/, ".annotations.json"), "utf8")) as {
        quotes: { exact: string }[];
        claims: { exact: string }[];
      };
      for (const { exact } of [...seed.quotes, ...seed.claims]) {
        const span = anchorSpan(body, { exact });
        expect(span.exact).toBe(exact);
        expect(sliceMatches(body, span)).toBe(true);
      }
    });
  });

  describe("anchorSpan with UTF-16 offsets", () => {
    const text = "Hello 🇨🇭 Zürich 🇨🇭 café — ünïcödé";

    it("counts an emoji flag as four code units", () => {
      const span = anchorSpan(text, { exact: "Zürich 🇨🇭 café" });
      expect("🇨🇭".length).toBe(4);
      expect(span.start).toBe("Hello ".length + 4 + 1);
      expect(span.start).toBe(11);
      expect(span.end).toBe(span.start + "Zürich ".length + 4 + " café".length);
      expect(text.slice(span.start, span.end)).toBe(span.exact);
      expect(sliceMatches(text, span)).toBe(true);
    });

    it("round-trips positions returned from a quote", () => {
      const byQuote = anchorSpan(text, { exact: "ünïcödé" });
      expect(anchorSpan(text, { start: byQuote.start, end: byQuote.end })).toEqual(byQuote);
    });

    it("does not anchor a lone surrogate inside a pair", () => {
      expectDomainError(() => anchorSpan(text, { exact: "\uDDED" }), "SPAN_NOT_FOUND");
    });
  });

  describe("anchorSpan context", () => {
    it("recomputes prefix and suffix from the body, ignoring the given ones", () => {
      const start = body.indexOf(BACKED);
      const end = start + BACKED.length;
      const span = anchorSpan(body, { exact: BACKED, prefix: "reports, ", suffix: ". But" });
      expect(span.prefix).toBe(body.slice(start - CONTEXT_LENGTH, start));
      expect(span.suffix).toBe(body.slice(end, end + CONTEXT_LENGTH));
      expect(span.prefix).toHaveLength(CONTEXT_LENGTH);
      expect(span.suffix).toHaveLength(CONTEXT_LENGTH);
    });

    it("shortens context at the ends of the body", () => {
      const span = anchorSpan("short text here", { exact: "text" });
      expect(span).toEqual({ start: 6, end: 10, exact: "text", prefix: "short ", suffix: " here" });
    });

    it("does not split a surrogate pair at the edge of the context", () => {
      const emoji = "\u{1F600}";
      const prefixText = `${emoji}${"a".repeat(CONTEXT_LENGTH - 1)}`;
      const suffixText = `${"b".repeat(CONTEXT_LENGTH - 1)}${emoji}`;
      const text = `${prefixText}X${suffixText}`;
      const span = anchorSpan(text, { exact: "X" });
      expect(span.prefix).toBe("a".repeat(CONTEXT_LENGTH - 1));
      expect(span.suffix).toBe("b".repeat(CONTEXT_LENGTH - 1));

      const whole = anchorSpan(text, { exact: "aX" });
      expect(whole.prefix).toBe(`${emoji}${"a".repeat(CONTEXT_LENGTH - 2)}`);
    });
  });

  describe("sliceMatches", () => {
    it("checks that the body still has exact at start–end", () => {
      expect(sliceMatches("abcdef", { start: 1, end: 3, exact: "bc" })).toBe(true);
      expect(sliceMatches("abcdef", { start: 1, end: 3, exact: "bd" })).toBe(false);
    });

    it("is false for positions outside the body rather than clamping", () => {
      expect(sliceMatches("abcdef", { start: -2, end: 6, exact: "ef" })).toBe(false);
      expect(sliceMatches("abc", { start: 1, end: 10, exact: "bc" })).toBe(false);
      expect(sliceMatches("abc", { start: 2, end: 1, exact: "" })).toBe(false);
    });
  });
});
