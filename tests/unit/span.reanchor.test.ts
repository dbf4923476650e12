import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { AnchoredSpan } from "../../src/modules/annotation/span.anchor";
import { anchorSpan, sliceMatches, withContext } from "../../src/modules/annotation/span.anchor";
import type { Reanchored } from "../../src/modules/annotation/span.reanchor";
import { reanchorSpans, wordSimilarity } from "../../src/modules/annotation/span.reanchor";
import { parseArticleText } from "../../src/modules/ingest/article.parser";

const SEED_PATH = join(__dirname, "..", "..", "seeds", "000_998827260db387d9.txt");
const seed = parseArticleText(readFileSync(SEED_PATH, "utf8")).body;

const BACKED = "Haftar\u2019s party is backed by Russian mercenaries, Egypt and the United Arab Emirates";
const DENIAL = "they have received no foreign support";
const MET = "A delegation of US official met";

/** Every result lands on its own exact text, or is orphaned: the invariant of re-anchoring. */
function expectSound(body: string, results: Reanchored[]): void {
  for (const { result, span } of results) {
    if (result === "ORPHANED") expect(span).toBeNull();
    else expect(span && sliceMatches(body, span)).toBe(true);
  }
}

function spansIn(body: string, ...exacts: string[]): AnchoredSpan[] {
  return exacts.map((exact) => anchorSpan(body, { exact }));
}

describe("re-anchoring after a correction", () => {
  it("leaves spans in place when nothing before them changed", () => {
    const spans = spansIn(seed, MET, BACKED);
    const corrected = seed.replace("After the US delegates", "After the American delegates");
    const results = reanchorSpans(seed, corrected, spans);
    expect(results.map((r) => r.result)).toEqual(["UNCHANGED", "UNCHANGED"]);
    expect(results.map((r) => r.span!.start)).toEqual(spans.map((s) => s.start));
  });

  it("follows an insertion before the spans", () => {
    const spans = spansIn(seed, MET, BACKED, DENIAL);
    const corrected = `Correction appended at the top.\n\n${seed}`;
    const results = reanchorSpans(seed, corrected, spans);
    expectSound(corrected, results);
    expect(results.map((r) => r.result)).toEqual(["MOVED", "MOVED", "MOVED"]);
    results.forEach((r, i) => expect(r.span!.start).toBe(spans[i]!.start + 33));
  });

  it("re-anchors an edit inside a span with its new text", () => {
    const [backed] = spansIn(seed, BACKED);
    const corrected = seed.replace("Egypt and the United Arab Emirates", "Egypt, Turkey and the United Arab Emirates");
    const [result] = reanchorSpans(seed, corrected, [backed!]);
    expect(result).toMatchObject({ result: "CHANGED" });
    expect(result!.span!.exact).toBe(BACKED.replace("Egypt and", "Egypt, Turkey and"));
    expectSound(corrected, [result!]);
  });

  it("re-anchors a span whose last words were replaced", () => {
    const [backed] = spansIn(seed, BACKED);
    const corrected = seed.replace("Egypt and the United Arab Emirates", "Egypt and the UAE");
    const [result] = reanchorSpans(seed, corrected, [backed!]);
    expect(result!.result).toBe("CHANGED");
    expect(result!.span!.exact).toBe("Haftar\u2019s party is backed by Russian mercenaries, Egypt and the UAE");
  });

  it("orphans a span whose text was deleted, and moves the others", () => {
    const spans = spansIn(seed, MET, BACKED, DENIAL);
    const corrected = seed.replace(" But the party has claimed that they have received no foreign support.", "");
    const results = reanchorSpans(seed, corrected, spans);
    expectSound(corrected, results);
    expect(results.map((r) => r.result)).toEqual(["UNCHANGED", "MOVED", "ORPHANED"]);
  });

  it("orphans a span rewritten beyond a small change", () => {
    const [denial] = spansIn(seed, DENIAL);
    const corrected = seed.replace(DENIAL, "the party accepted help from abroad in 2019");
    expect(reanchorSpans(seed, corrected, [denial!])[0]!.result).toBe("ORPHANED");
  });

  it("keeps the right one of a repeated phrase", () => {
    const body = "Minister A said no to the plan.\n\nMinister B said no to the plan, twice over.";
    const second = anchorSpan(body, { exact: "said no", prefix: "Minister B " });
    const inserted = `Late update: talks resumed.\n\n${body}`;
    const [moved] = reanchorSpans(body, inserted, [second]);
    expect(moved!.result).toBe("MOVED");
    expect(inserted.slice(moved!.span!.start - 11, moved!.span!.start)).toBe("Minister B ");

    // Minister B's sentence deleted: the span must not slide onto Minister A's identical words.
    const deleted = "Minister A said no to the plan.";
    expect(reanchorSpans(body, deleted, [second])[0]!.result).toBe("ORPHANED");
  });

  it("orphans a span when the correction makes its text ambiguous", () => {
    const body = "The envoy said no. The talks ended.";
    const span = anchorSpan(body, { exact: "said no" });
    const corrected = "The envoy said no. The envoy said no. The talks ended.";
    const [result] = reanchorSpans(body, corrected, [span]);
    // Either occurrence has the same context; the diff keeps the first in place.
    expectSound(corrected, [result!]);
    expect(result!.result === "ORPHANED" || result!.span!.start === span.start).toBe(true);
  });

  it("follows a whole paragraph moved, spans at its edges included", () => {
    const paragraphs = seed.split("\n\n");
    const moved = paragraphs[3]!;
    const first = moved.slice(0, moved.indexOf(" ", 20));
    const last = moved.slice(moved.lastIndexOf(" ", moved.length - 15) + 1);
    const spans = spansIn(seed, first, BACKED, last, MET);
    const reordered = [paragraphs[0], moved, ...paragraphs.slice(1, 3), ...paragraphs.slice(4)].join("\n\n");
    expect(reordered.length).toBe(seed.length);
    const results = reanchorSpans(seed, reordered, spans);
    expectSound(reordered, results);
    expect(results.map((r) => r.result)).toEqual(["MOVED", "MOVED", "MOVED", "UNCHANGED"]);
    expect(results[1]!.span!.start).toBe(reordered.indexOf(BACKED));
    expect(results[0]!.span!.start).toBe(reordered.indexOf(moved));
  });

  describe("does not move a span to other words", () => {
    /** Re-anchors the `occurrence`-th (0-based) occurrence of `exact` in `before`. */
    function reanchorNth(before: string, after: string, exact: string, occurrence = 0) {
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = before.indexOf(exact, at + 1);
      const [result] = reanchorSpans(before, after, [withContext(before, at, at + exact.length)]);
      expectSound(after, [result!]);
      return result!;
    }

    it("orphans a sentence replaced by another speaker's, however alike its letters", () => {
      const before = "The UN envoy said weapons arrived.\n\nThe UN envoy denied that the talks were productive.";
      const after = "The UN envoy said weapons arrived.\n\nHaftar told reporters the talks were productive.";
      expect(reanchorNth(before, after, "The UN envoy denied that the talks were productive.").result).toBe("ORPHANED");
      const russia = "Intro paragraph here. Russia has sent mercenaries to support the offensive. Outro.";
      const turkey = "Intro paragraph here. Turkey has sent drones to support the government. Outro.";
      expect(reanchorNth(russia, turkey, "Russia has sent mercenaries to support the offensive.").result).toBe(
        "ORPHANED",
      );
    });

    it("never stretches a changed span across paragraphs", () => {
      const before =
        "A spokesman claimed we will never surrender.\n\nThe minister told reporters the forces are backed by Russian mercenaries. She denied that the ceasefire will hold.";
      const after =
        "A spokesman claimed we will never surrender.\n\nShe denied that the ceasefire will hold.\n\nHaftar added the forces are backed by Russian mercenaries.";
      const exact = "The minister told reporters the forces are backed by Russian mercenaries.";
      expect(reanchorNth(before, after, exact).result).toBe("ORPHANED");
    });

    it("keeps a denial and an assertion apart when their paragraphs are rearranged", () => {
      const denied = "The UN envoy denied that Egypt and the United Arab Emirates supplied weapons.";
      const said = "The UN envoy said Egypt and the United Arab Emirates supplied weapons.";
      const before = `${denied}\n\nShe told reporters they have received no foreign support.\n\n${said}`;
      const after = `Haftar spoke first. ${said}\n\nOfficials spoke next. ${denied}\n\nShe told reporters they have received no foreign support.`;
      const results = reanchorSpans(before, after, spansIn(before, denied, said));
      expectSound(after, results);
      expect(results.map((r) => r.span?.exact)).toEqual([denied, said]);
    });

    it("leaves identical paragraphs to their own annotations", () => {
      const p = "He told reporters the forces are backed by Russian mercenaries.";
      const edited = `Intro.\n\nHe told reporters the forces are not backed by Russian mercenaries.\n\n${p}`;
      expect(reanchorNth(`Intro.\n\n${p}\n\n${p}`, edited, p, 0).result).toBe("ORPHANED");
      expect(reanchorNth(`Intro.\n\n${p}\n\nMiddle.\n\n${p}`, `Intro.\n\nMiddle.\n\n${p}`, p, 0).result).toBe(
        "ORPHANED",
      );
      // Two annotations whose spans stood apart never land on the same words.
      const before = `Intro.\n\n${p}\n\n${p}`;
      const second = before.lastIndexOf(p);
      const spans = [withContext(before, 8, 8 + p.length), withContext(before, second, second + p.length)];
      const results = reanchorSpans(before, edited, spans);
      expectSound(edited, results);
      expect(results.map((r) => r.result)).toEqual(["ORPHANED", "MOVED"]);
      expect(results[1]!.span!.start).toBe(edited.lastIndexOf(p));
    });

    it("follows a sentence into its moved paragraph, not onto its twin left in place", () => {
      const s = "Haftar denied that the talks were productive.";
      const first = `The minister told reporters no decision has been made. ${s}`;
      const second = `He told reporters the talks were productive. The minister said the talks were productive. ${s}`;
      const before = `${first}\n\n${second}`;
      const after = `${second}\n\n${first}`;
      const results = [reanchorNth(before, after, s, 0), reanchorNth(before, after, s, 1)];
      expect(results.map((r) => r.span!.start)).toEqual([after.lastIndexOf(s), after.indexOf(s)]);
    });

    it("orphans a repeated short phrase whose own sentence was deleted", () => {
      const before = 'Russia said: "No comment." Turkey said: "No comment."';
      expect(reanchorNth(before, 'Turkey said: "No comment."', "No comment.", 0).result).toBe("ORPHANED");
      expect(reanchorNth(before, 'Russia said: "No comment."', "No comment.", 1).result).toBe("ORPHANED");
    });

    it("takes a negation inside a span as a change of its words, in place", () => {
      const before = "Intro.\n\nThe LNA said it has received foreign support from Russia.\n\nEnd.";
      const after = "Intro.\n\nThe LNA said it has never received foreign support from Russia.\n\nEnd.";
      const result = reanchorNth(before, after, "it has received foreign support from Russia");
      expect(result).toMatchObject({
        result: "CHANGED",
        span: { exact: "it has never received foreign support from Russia" },
      });
    });
  });

  it("compares words, not letters", () => {
    expect(wordSimilarity("Russia has sent mercenaries", "Turkey has sent drones")).toBe(0.5);
    expect(wordSimilarity("Egypt and the UAE", "egypt and the UAE")).toBe(1);
  });

  it("never lands on wrong text under random corrections (1,000 spans, seeded)", () => {
    const random = mulberry32(20261204);
    const words = seed.split(/\s+/).filter((word) => word.length > 1);
    let intact = 0;
    let followed = 0;
    for (let round = 0; round < 50; round++) {
      const spans = randomSpans(seed, 20, random);
      const edited = randomCorrection(seed, words, random);
      const results = reanchorSpans(seed, edited.text, spans);
      expectSound(edited.text, results);
      results.forEach(({ result, span }, i) => {
        const old = spans[i]!;
        const truth = edited.whereNow(old.start, old.end);
        if (result === "UNCHANGED" || result === "MOVED") {
          expect(span!.exact).toBe(old.exact);
          // Same words: either where they truly went, or an identical passage agreeing in context.
          if (truth !== null && span!.start !== truth) {
            expect(edited.text.slice(span!.start - 8, span!.end + 8)).toBe(
              edited.text.slice(truth - 8, truth + old.exact.length + 8),
            );
          }
        }
        // A span untouched with its whole paragraph-context is always followed, to its place.
        // The paragraph break or text edge that bounds the context counts as part of it.
        const tail = paragraphTailLength(old.prefix);
        const head = paragraphHeadLength(old.suffix);
        const contextStart = old.start - tail - (old.prefix.length > tail ? 1 : 0);
        const contextEnd = old.end + head + (old.suffix.length > head ? 1 : 0);
        const atTextStart = contextStart === 0 && tail < 32;
        const atTextEnd = contextEnd === seed.length && head < 32;
        const whole = edited.whereNow(contextStart, contextEnd);
        const edgesKept =
          whole !== null &&
          (!atTextStart || whole === 0) &&
          (!atTextEnd || whole + (contextEnd - contextStart) === edited.text.length);
        if (whole !== null && edgesKept) {
          intact++;
          expect(result === "UNCHANGED" || result === "MOVED").toBe(true);
          expect(span!.start).toBe(whole! + (old.start - contextStart));
          followed++;
        }
      });
    }
    expect(intact).toBeGreaterThan(300);
    expect(followed).toBe(intact);
  });
});

function paragraphTailLength(prefix: string): number {
  return prefix.length - (prefix.lastIndexOf("\n") + 1);
}

function paragraphHeadLength(suffix: string): number {
  const cut = suffix.indexOf("\n");
  return cut < 0 ? suffix.length : cut;
}

/** Spans of 1–6 whole words at random places. */
function randomSpans(body: string, count: number, random: () => number): AnchoredSpan[] {
  const wordStarts = [...body.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return Array.from({ length: count }, () => {
    const first = Math.floor(random() * wordStarts.length);
    const last = Math.min(wordStarts.length - 1, first + Math.floor(random() * 6));
    return withContext(body, wordStarts[first]!.start, wordStarts[last]!.end);
  });
}

/**
 * A correction of 1–4 random edits (insertions of words from the article itself, deletions,
 * replacements, a paragraph moved), tracking where each original character went.
 */
function randomCorrection(body: string, words: string[], random: () => number) {
  // Each character with the index it had in `body` (-1 for inserted text).
  // UTF-16 code units, as string offsets count them.
  const chars = Array.from({ length: body.length }, (_, i) => ({ ch: body[i]!, from: i }));
  const insertText = () =>
    Array.from({ length: 1 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]).join(" ");
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * chars.length);
    const kind = random();
    if (kind < 0.35) {
      const text = ` ${insertText()}`;
      chars.splice(at, 0, ...Array.from(text, (ch) => ({ ch, from: -1 })));
    } else if (kind < 0.65) {
      chars.splice(at, 1 + Math.floor(random() * 40));
    } else if (kind < 0.9) {
      const text = insertText();
      chars.splice(at, 1 + Math.floor(random() * 20), ...Array.from(text, (ch) => ({ ch, from: -1 })));
    } else {
      const text = chars.map((c) => c.ch).join("");
      const breaks = [...text.matchAll(/\n\n/g)].map((m) => m.index);
      if (breaks.length < 2) continue;
      const cut = breaks[Math.floor(random() * (breaks.length - 1))]!;
      const next = breaks.find((b) => b > cut)!;
      const paragraph = chars.splice(cut, next - cut);
      chars.push(...paragraph);
    }
  }
  const text = chars.map((c) => c.ch).join("");
  return {
    text,
    /** Where old [start, end) now starts, if it survived whole and contiguous; else null. */
    whereNow(start: number, end: number): number | null {
      const at = chars.findIndex((c) => c.from === start);
      if (at < 0) return null;
      for (let i = 0; i < end - start; i++) if (chars[at + i]?.from !== start + i) return null;
      return at;
    },
  };
}

/** A small seeded PRNG, so a failure reproduces. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
