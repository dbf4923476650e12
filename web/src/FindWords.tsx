import { useId, useState } from "react";
import type { QuoteSelector } from "./segments";
import { quoteSelector } from "./segments";

/** Occurrences listed for choosing; a phrase found more often than this needs more words. */
const MAX_CHOICES = 20;

/**
 * Choosing words to annotate without a mouse: type them, and pick which occurrence when the
 * article has several (each shown with the words around it). It yields the same selector as a
 * selection with the mouse: the exact words with their prefix and suffix, never offsets.
 */
export function FindWords(props: { body: string; onFound(selection: QuoteSelector): void }) {
  const id = useId();
  const [words, setWords] = useState("");
  const [choice, setChoice] = useState(0);
  const needle = words.trim();
  const found = needle ? occurrences(props.body, needle) : [];

  const use = () => {
    const at = found[Math.min(choice, found.length - 1)];
    if (at === undefined) return;
    const selection = quoteSelector(props.body, at, at + needle.length);
    if (selection) props.onFound(selection);
  };

  return (
    <form
      className="find-words"
      onSubmit={(event) => {
        event.preventDefault();
        use();
      }}
    >
      <label htmlFor={`${id}-words`}>Or type the words to mark</label>
      <input
        id={`${id}-words`}
        value={words}
        onChange={(event) => {
          setWords(event.target.value);
          setChoice(0);
        }}
      />
      {needle && found.length === 0 && <p role="status">Not in this article.</p>}
      {found.length > MAX_CHOICES && <p role="status">Found {found.length} times: type more words.</p>}
      {found.length > 1 && found.length <= MAX_CHOICES && (
        <>
          <label htmlFor={`${id}-which`}>Which occurrence</label>
          <select id={`${id}-which`} value={choice} onChange={(event) => setChoice(Number(event.target.value))}>
            {found.map((at, i) => (
              <option key={at} value={i}>
                {`${i + 1}: …${props.body.slice(Math.max(0, at - 24), at)}[${needle}]${props.body.slice(at + needle.length, at + needle.length + 24)}…`}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" disabled={found.length === 0 || found.length > MAX_CHOICES}>
        Use these words
      </button>
    </form>
  );
}

function occurrences(body: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(needle); at >= 0 && found.length <= MAX_CHOICES; at = body.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}
