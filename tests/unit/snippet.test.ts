import { MATCH_END, MATCH_START, snippetOf } from "../../src/modules/search/snippet";

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe("snippetOf", () => {
  it("turns ts_headline's markers into plain text and highlighted ranges", () => {
    const snippet = snippetOf(`is backed by Russian ${mark("mercenaries")}, Egypt and ${mark("the")} UAE`);
    expect(snippet.text).toBe("is backed by Russian mercenaries, Egypt and the UAE");
    expect(snippet.highlights.map(({ start, end }) => snippet.text.slice(start, end))).toEqual(["mercenaries", "the"]);
    expect(snippet.html).toBe("is backed by Russian <mark>mercenaries</mark>, Egypt and <mark>the</mark> UAE");
  });

  it("escapes the article's own markup in the HTML, never in the text", () => {
    const snippet = snippetOf(`<script>alert("x")</script> & ${mark("O'Brien")}`);
    expect(snippet.text).toBe(`<script>alert("x")</script> & O'Brien`);
    expect(snippet.html).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>O&#39;Brien</mark>");
  });

  it("counts offsets in UTF-16 code units, as span offsets are", () => {
    const snippet = snippetOf(`😀 café ${mark("Haftar’s")} forces`);
    const [range] = snippet.highlights;
    expect(snippet.text.slice(range!.start, range!.end)).toBe("Haftar’s");
    expect(range!.start).toBe(8);
  });

  it("tolerates unbalanced or empty markers", () => {
    expect(snippetOf(`${MATCH_START}${MATCH_END}plain`)).toEqual({ text: "plain", highlights: [], html: "plain" });
    const open = snippetOf(`tail ${MATCH_START}end`);
    expect(open.highlights).toEqual([{ start: 5, end: 8 }]);
    expect(open.html).toBe("tail <mark>end</mark>");
    expect(snippetOf(`stray${MATCH_END} end`).text).toBe("stray end");
  });
});
