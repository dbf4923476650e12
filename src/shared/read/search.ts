import { Prisma } from "../../generated/prisma/client";
import { DomainError, ErrorCode } from "../errors";
import type { SqlKey } from "./model";

/**
 * Full-text search over a table with a `search_vector` column (articles, annotations; see the
 * full_text_search, annotation_search and search_per_language migrations), shared by the lists
 * that take `search` and by `search` itself.
 *
 * The search string is parsed once per statement, joined to the rows under alias `t` as `t_s`:
 * - `t_s.query`, the search parsed in every language configuration the product maps and ORed
 *   (claimgraph_search_query): what the GIN indexes are read with, a pre-filter only;
 * - `t_s.queries`, the search parsed in each configuration (claimgraph_search_queries): each row
 *   is matched and ranked against the one of its own language (claimgraph_search_slot), so that
 *   every word must occur and `-word` excludes, as the language understands them.
 * Written as bare calls in the WHERE and the ORDER BY they would be computed again for every row
 * in the generic plan of a prepared statement, and as separate expressions the rank would be
 * computed (and sorted on) twice (measured: 1.7–10× the PostgreSQL CPU of the floor). OFFSET 0
 * keeps PostgreSQL from folding the subquery back in.
 */
export function withSearch(from: Prisma.Sql, search: string | null | undefined, t: string): Prisma.Sql {
  if (!search) return from;
  return Prisma.sql`${from} CROSS JOIN (SELECT claimgraph_search_query(${search}) AS query,
    claimgraph_search_queries(${search}) AS queries OFFSET 0) ${Prisma.raw(`${t}_s`)}`;
}

/** SQL for the language of the row under alias `t` (a BCP 47 tag; the article's for annotations). */
export type LanguageOf = (t: string) => string;

/** The search, as parsed in the language of the row under alias `t`. */
export function searchQueryOf(t: string, language: LanguageOf): Prisma.Sql {
  return Prisma.raw(`${t}_s.queries[claimgraph_search_slot(${language(t)})]`);
}

/** The rows of `t` that match the search joined by withSearch, in their own language. */
export function matchesSearch(t: string, language: LanguageOf): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(`${t}.search_vector @@ ${t}_s.query`)}
    AND ${Prisma.raw(`${t}.search_vector`)} @@ ${searchQueryOf(t, language)})`;
}

/**
 * Relevance as a sort key: ts_rank_cd normalised into [0, 1) (option 32), in millionths, an
 * integer so that a cursor carries it exactly. Only with withSearch's join: ordering by
 * RELEVANCE without a search is BAD_USER_INPUT.
 */
export function relevanceKey(
  direction: "asc" | "desc",
  search: string | null | undefined,
  language: LanguageOf,
): SqlKey<never> {
  if (!search) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Ordering by RELEVANCE needs a search.", {
      field: ["orderBy", "field"],
    });
  }
  return {
    field: "relevance",
    direction,
    type: "int",
    sql: (t) =>
      Prisma.sql`(ts_rank_cd(${Prisma.raw(`${t}.search_vector`)}, ${searchQueryOf(t, language)}, 32) * 1000000)::int`,
    value: () => null,
  };
}
