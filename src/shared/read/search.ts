import { Prisma } from "../../generated/prisma/client";
import { DomainError, ErrorCode } from "../errors";
import type { SqlKey } from "./model";

/**
 * Full-text search over a table with a `search_vector` column (articles, annotations; see the
 * full_text_search and annotation_search migrations), shared by the lists that take `search`.
 *
 * The search string becomes one tsquery, `claimgraph_search_query` (websearch_to_tsquery in every
 * language configuration the product maps), joined to the rows under alias `t` as `t_s.query`:
 * computed once per statement. Written as a bare call in the WHERE and the ORDER BY it would be
 * computed again for every row in the generic plan of a prepared statement, and as separate
 * expressions the rank would be computed (and sorted on) twice (measured: 1.7–10× the PostgreSQL
 * CPU of the floor). OFFSET 0 keeps PostgreSQL from folding the subquery back in.
 */
export function withSearch(from: Prisma.Sql, search: string | null | undefined, t: string): Prisma.Sql {
  if (!search) return from;
  return Prisma.sql`${from} CROSS JOIN (SELECT claimgraph_search_query(${search}) AS query OFFSET 0) ${Prisma.raw(`${t}_s`)}`;
}

/** The rows of `t` that match the search joined by withSearch. */
export function matchesSearch(t: string): Prisma.Sql {
  return Prisma.raw(`${t}.search_vector @@ ${t}_s.query`);
}

/**
 * Relevance as a sort key: ts_rank_cd normalised into [0, 1) (option 32), in millionths, an
 * integer so that a cursor carries it exactly. Only with withSearch's join: ordering by
 * RELEVANCE without a search is BAD_USER_INPUT.
 */
export function relevanceKey(direction: "asc" | "desc", search: string | null | undefined): SqlKey<never> {
  if (!search) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Ordering by RELEVANCE needs a search.", {
      field: ["orderBy", "field"],
    });
  }
  return {
    field: "relevance",
    direction,
    type: "int",
    sql: (t) => Prisma.raw(`(ts_rank_cd(${t}.search_vector, ${t}_s.query, 32) * 1000000)::int`),
    value: () => null,
  };
}
