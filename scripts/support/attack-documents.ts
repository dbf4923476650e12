/**
 * The documents of the known attacks (issue 6), shared by tests/api/attacks.test.ts and
 * scripts/bench-attacks.ts.
 */

/** `inner` nested `levels` times inside quotes → edges → node → article: the depth bomb. */
export function nestedQuotes(levels: number, page: string, inner: string): string {
  let query = inner;
  for (let i = 0; i < levels; i++) query = `quotes${page} { edges { node { article { ${query} } } } }`;
  return `{ ${query} }`;
}

/** `count` aliases of one field: the alias bomb. */
export function aliases(count: number, field: string): string {
  return Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ");
}

/** One aliased password guess for an account. */
export function loginGuess(i: number, email = "admin@claimgraph.local"): string {
  return `l${i}: login(input: { email: "${email}", password: "guess-${i}" }) { token }`;
}
