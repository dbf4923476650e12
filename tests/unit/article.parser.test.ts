import { readFileSync } from "node:fs";
import { join } from "node:path";

import { contentHash, MAX_TITLE_LENGTH, parseArticleText } from "../../src/modules/ingest/article.parser";
import { expectDomainError } from "../support/expect";

const SEED_PATH = join(__dirname, "..", "..", "seeds", "000_998827260db387d9.txt");
const seedText = readFileSync(SEED_PATH, "utf8");

describe("article ingest", () => {
  describe("parseArticleText with the seed article", () => {
    const parsed = parseArticleText(seedText);

    it("reads the date marker as UTC midnight", () => {
      expect(parsed.publishedAt).toEqual(new Date(Date.UTC(2019, 10, 26)));
      expect(parsed.publishedAt?.toISOString()).toBe("2019-11-26T00:00:00.000Z");
    });

    it("finds the headline paragraph as the title", () => {
      expect(parsed.title).toBe("US delegate meets Libyan commander");
    });

    it("strips the marker and surrounding whitespace from the body", () => {
      expect(parsed.body.startsWith("A delegation of US official met")).toBe(true);
      expect(parsed.body.endsWith("growth and development of Libya.")).toBe(true);
    });

    it("keeps paragraphs separated by exactly one blank line", () => {
      const paragraphs = parsed.body.split("\n\n");
      expect(paragraphs).toHaveLength(6);
      expect(paragraphs[1]).toBe("US delegate meets Libyan commander");
      expect(paragraphs.every((p) => p.length > 0 && !p.includes("\n"))).toBe(true);
      expect(parsed.body).not.toMatch(/\n{3,}/);
    });

    it("keeps typographic quotes and every other character of the text", () => {
      expect(parsed.body).toContain("Haftar\u2019s party is backed by Russian mercenaries");
      expect(parsed.body).toContain("Haftar's Libyan National Army");
      expect(parsed.body).toContain("\u2018no-fly\u2019 zone");
      const paragraphs = seedText
        .replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "")
        .trim()
        .split(/\n\s*\n/);
      expect(parsed.body).toBe(paragraphs.join("\n\n"));
    });
  });

  describe("parseArticleText line endings and whitespace", () => {
    it("parses CRLF input to the same result as LF input", () => {
      const crlf = parseArticleText(seedText.replace(/\n/g, "\r\n"));
      expect(crlf).toEqual(parseArticleText(seedText));
      expect(crlf.body).not.toContain("\r");
    });

    it("treats lone CR as a line break", () => {
      expect(parseArticleText("Headline\r\rFirst line\rsecond line.").body).toBe(
        "Headline\n\nFirst line\nsecond line.",
      );
    });

    it("collapses runs of blank lines, trims trailing spaces of lines and keeps single newlines", () => {
      const parsed = parseArticleText("date 2020-01-02\n\n  Title  \n \n\n\t\nLine one.  \nLine two.\t\n\n\n");
      expect(parsed.body).toBe("Title\n\nLine one.\nLine two.");
    });

    it("accepts leading whitespace before the date marker", () => {
      const parsed = parseArticleText("\n\n   date 2020-02-29   Leap day story.");
      expect(parsed.publishedAt?.toISOString()).toBe("2020-02-29T00:00:00.000Z");
      expect(parsed.body).toBe("Leap day story.");
    });
  });

  describe("parseArticleText title", () => {
    it("uses the given title, trimmed", () => {
      expect(parseArticleText(seedText, { title: "  Given title \n" }).title).toBe("Given title");
    });

    it("finds the title when the given one is blank or null", () => {
      expect(parseArticleText(seedText, { title: "   " }).title).toBe("US delegate meets Libyan commander");
      expect(parseArticleText(seedText, { title: null }).title).toBe("US delegate meets Libyan commander");
    });

    it("skips paragraphs that end like sentences, including before a closing quote", () => {
      const text = [
        'He said "we will stay."',
        "Who is in charge?",
        "Officials said:",
        "\u201CNo deal\u201D, says minister",
      ].join("\n\n");
      expect(parseArticleText(text).title).toBe("\u201CNo deal\u201D, says minister");
    });

    it("skips multi-line paragraphs", () => {
      expect(parseArticleText("Two line\nheading\n\nReal headline").title).toBe("Real headline");
    });

    it("falls back to the first sentence of the first paragraph", () => {
      const parsed = parseArticleText("The U.S. envoy met Gen. Haftar on Sunday. Talks went on.\n\nMore text here.");
      expect(parsed.title).toBe("The U.S. envoy met Gen. Haftar on Sunday.");
    });

    it("cuts a long first sentence at a word boundary with an ellipsis", () => {
      const sentence = `${"word ".repeat(40).trim()}.`;
      const { title } = parseArticleText(sentence);
      expect(title.length).toBeLessThanOrEqual(120);
      expect(title.endsWith("word\u2026")).toBe(true);
      expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
    });
  });

  describe("parseArticleText without a date marker", () => {
    it("accepts the text with publishedAt null", () => {
      const parsed = parseArticleText("Headline here\n\nSome body text.");
      expect(parsed.publishedAt).toBeNull();
      expect(parsed.body).toBe("Headline here\n\nSome body text.");
      expect(parsed.title).toBe("Headline here");
    });

    it("does not take a malformed date as a marker", () => {
      const parsed = parseArticleText("date 2019-1-5 is not a marker.");
      expect(parsed.publishedAt).toBeNull();
      expect(parsed.body).toBe("date 2019-1-5 is not a marker.");
    });
  });

  describe("parseArticleText invalid text", () => {
    it.each(["2019-02-30", "2019-13-01", "2019-00-10", "2019-04-31", "2019-02-29", "0000-01-01"])(
      "rejects the impossible date %s",
      (date) => {
        expectDomainError(() => parseArticleText(` date ${date} Text.`), "INVALID_ARTICLE_TEXT", ["input", "text"]);
      },
    );

    it.each(["", "   ", "\r\n\t\n"])("rejects empty or whitespace-only text %j", (text) => {
      expectDomainError(() => parseArticleText(text), "INVALID_ARTICLE_TEXT", ["input", "text"]);
    });

    it("finds the title of text made of long runs of sentence punctuation in linear time", () => {
      // A lookahead after a greedy run of terminators made this quadratic (seconds at 40,000).
      for (const run of [".", "!?", "\u2026", '."']) {
        const text = `Text ${run.repeat(100_000)}x and more.`;
        expect(parseArticleText(text).title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
        expect(parseArticleText(`x ${"Dr. ".repeat(20_000)}end.`).title).toMatch(/^x Dr\. Dr\./);
      }
    });

    it("rejects a date marker with no text after it", () => {
      expectDomainError(() => parseArticleText(" date 2019-11-26 \r\n\r\n"), "INVALID_ARTICLE_TEXT", ["input", "text"]);
    });
  });

  describe("contentHash", () => {
    it("is a SHA-256 hex digest", () => {
      expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    });

    it("is equal for CRLF and LF variants of the same article", () => {
      const lf = parseArticleText(seedText).body;
      const crlf = parseArticleText(seedText.replace(/\n/g, "\r\n")).body;
      expect(contentHash(crlf)).toBe(contentHash(lf));
      expect(contentHash(lf.replace(/\n/g, "\r\n"))).toBe(contentHash(lf));
    });

    it("ignores differences in spacing and Unicode normalisation form", () => {
      expect(contentHash("Caf\u00E9  in\n\nZ\u00FCrich ")).toBe(contentHash(" Cafe\u0301 in Zu\u0308rich"));
    });

    it("differs for different text", () => {
      const body = parseArticleText(seedText).body;
      expect(contentHash(body.replace("November 24", "November 23"))).not.toBe(contentHash(body));
      expect(contentHash("Haftar\u2019s")).not.toBe(contentHash("Haftar's"));
    });
  });
});
