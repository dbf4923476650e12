/**
 * Folding used for case-, accent- and punctuation-insensitive lookups (actor names and
 * aliases): NFKD, combining marks removed, typographic quotes folded to ASCII, lower case,
 * runs of whitespace collapsed. "Haftar’s Forces" and "haftar's forces" fold alike.
 */
export function foldForLookup(text: string): string {
  return foldQuotes(text)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * What an actor search looks for: the folded text without possessive endings ("haftar's" ->
 * "haftar", "rebels'" -> "rebels"), as the actor_lookup_index migration's claimgraph_lookup_key
 * keys names and aliases. So "Haftar’s", "haftar's" and "Haftar" find the same actors.
 */
export function lookupKey(text: string): string {
  return foldForLookup(text).replace(/'s\b|'(?=\s|$)/g, "");
}

const QUOTE_FOLDS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
};

/**
 * Replaces typographic quotation marks and apostrophes with their ASCII forms, one UTF-16
 * code unit for one, so offsets into the folded string are offsets into the original.
 */
export function foldQuotes(text: string): string {
  return text.replace(
    /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g,
    (c) => QUOTE_FOLDS[c] ?? c,
  );
}

/**
 * Escapes LIKE wildcards so that a search for "50%" or "a_b" matches those characters
 * literally (Prisma's `contains` passes them through; PostgreSQL's LIKE escape is "\").
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
