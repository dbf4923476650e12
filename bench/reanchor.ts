import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { AnchoredSpan } from "../src/modules/annotation/span.anchor";
import { withContext } from "../src/modules/annotation/span.anchor";
import { reanchorSpans } from "../src/modules/annotation/span.reanchor";
import { PROJECT_ROOT } from "../src/shared/paths";

/**
 * How long re-anchoring takes (src/modules/annotation/span.reanchor.ts), which a correction runs
 * in its request under the article's lock: synthetic articles of news-like sentences, one span per
 * sentence, and corrections from a one-word fix to a reordering of every paragraph. Seeded, so
 * every run re-anchors the same texts. `npm run bench:reanchor -- [--kb 200] [--spans 2000] [--label x]`
 */
const { values } = parseArgs({
  options: {
    kb: { type: "string", default: "200" },
    spans: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    label: { type: "string", default: "reanchor" },
  },
});
const bytes = Number(values.kb) * 1000;
const spanCount = Number(values.spans);
const runs = Number(values.runs);

const WORDS = (
  "the of and to in said minister forces Russia Egypt talks ceasefire support foreign envoy officials " +
  "government army city attack weapons deal Tripoli Haftar denied claimed reporters backed mercenaries"
).split(" ");

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20261204);
const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
const sentence = () => {
  const text = Array.from({ length: 8 + Math.floor(random() * 12) }, word).join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};

const paragraphs: string[] = [];
for (let size = 0; size < bytes;) {
  const paragraph = Array.from({ length: 4 }, sentence).join(" ");
  paragraphs.push(paragraph);
  size += paragraph.length + 2;
}
const before = paragraphs.join("\n\n");

/** Spans over whole sentences, spread evenly through the text. */
const sentenceStarts = [0, ...[...before.matchAll(/(?<=[.] |\n\n)/g)].map((m) => m.index)];
const spans: AnchoredSpan[] = Array.from({ length: Math.min(spanCount, sentenceStarts.length) }, (_, i) => {
  const start = sentenceStarts[Math.floor((i * sentenceStarts.length) / spanCount)]!;
  return withContext(before, start, before.indexOf(".", start) + 1);
});

const CORRECTIONS: [string, string][] = [
  ["one word fixed", before.replace(" minister ", " ministers ")],
  ["a paragraph inserted at the top", `A new first paragraph.\n\n${before}`],
  ["one word in every third paragraph", paragraphs.map((p, i) => (i % 3 ? p : p.replace(" the ", " a "))).join("\n\n")],
  ["a word replaced everywhere", before.replaceAll(" said ", " stated ")],
  ["every paragraph reordered", [...paragraphs].sort(() => random() - 0.5).join("\n\n")],
  [
    "15 % of the words rewritten",
    paragraphs
      .map((p) =>
        p
          .split(" ")
          .map((w) => (random() < 0.15 ? word() : w))
          .join(" "),
      )
      .join("\n\n"),
  ],
];

const rows: string[] = [];
for (const [name, after] of CORRECTIONS) {
  const times: number[] = [];
  let counts: Record<string, number> = {};
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const results = reanchorSpans(before, after, spans);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    counts = {};
    for (const { result } of results) counts[result] = (counts[result] ?? 0) + 1;
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const outcome = ["UNCHANGED", "MOVED", "CHANGED", "ORPHANED"].map((r) => counts[r] ?? 0).join(" / ");
  rows.push(`| ${name} | ${median.toFixed(0)} | ${outcome} |`);
  console.log(`${name}: ${median.toFixed(0)} ms (${outcome})`);
}

const date = new Date().toISOString().slice(0, 10);
const report = `# Re-anchoring: ${(before.length / 1000).toFixed(0)} KB article, ${spans.length} spans

${date}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}; median of ${runs} runs.
\`npm run bench:reanchor -- --kb ${values.kb} --spans ${values.spans}\`. Synthetic text from a 30-word vocabulary
(repetitive on purpose: many near-identical sentences), one span per sentence.

| Correction | ms | unchanged / moved / changed / orphaned |
| --- | ---: | --- |
${rows.join("\n")}
`;
const out = path.join(PROJECT_ROOT, "bench", "results", `${date}-${values.label}.md`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, report);
console.log(`wrote ${path.relative(PROJECT_ROOT, out)}`);
