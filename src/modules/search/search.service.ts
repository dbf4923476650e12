import { Prisma } from "../../generated/prisma/client";
import type { ReadPolicy } from "../../policy";
import type { PrismaClient } from "../../shared/database/prisma";
import type { PageArgs } from "../../shared/pagination";
import { pageOfSql } from "../../shared/read/page";
import { relevanceKey, searchQueryOf } from "../../shared/read/search";
import { annotationFilterSql, annotationFrom, annotationLanguage } from "../annotation/annotation.read";
import { articleFilterSql, articleFrom, articleLanguage } from "../article/article.read";
import { and } from "../../shared/read/sql";
import { MATCH_END, MATCH_START } from "./snippet";

export type SearchKind = "ARTICLE" | "QUOTE" | "CLAIM";

/** One result: what was found, how well it matched, and ts_headline's marked passage. */
export interface SearchHitRow {
  id: string;
  type: "Article" | "Quote" | "Claim";
  relevance: number;
  headline: string;
}

const raw = Prisma.raw;

/** ts_headline's options: matches marked by snippet.ts's characters, up to two passages. */
const HEADLINE = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … "`;

/**
 * Search across articles, quotes and claims (README "Searching"): one statement ranks the
 * matches of each (the GIN indexes on their search vectors), merges them by relevance and pages
 * them by keyset; passages are highlighted only for the page's rows. The viewer's row rule
 * applies to quotes and claims; articles are public.
 */
export class SearchService {
  constructor(private readonly prisma: PrismaClient) {}

  search(policy: ReadPolicy, query: string, kinds: SearchKind[] | null | undefined, args: PageArgs) {
    const wanted = new Set<SearchKind>(kinds?.length ? kinds : ["ARTICLE", "QUOTE", "CLAIM"]);
    const annotationKinds = (["QUOTE", "CLAIM"] as const).filter((kind) => wanted.has(kind));
    const branches: Prisma.Sql[] = [];
    // Each branch reads as the list of its kind reads a search (article.read.ts, annotation.read.ts).
    if (wanted.has("ARTICLE")) {
      const filter = { search: query };
      branches.push(Prisma.sql`SELECT 'Article'::text AS type, t.id,
          ${relevanceKey("desc", query, articleLanguage).sql("t")} AS relevance, t.language, t.body AS text,
          ${searchQueryOf("t", articleLanguage)} AS query
        FROM ${articleFrom(filter, "t")} WHERE ${articleFilterSql(filter, policy, "t")}`);
    }
    if (annotationKinds.length) {
      const filter = { search: query, kind: annotationKinds.length === 1 ? annotationKinds[0] : null };
      branches.push(Prisma.sql`SELECT CASE a.kind WHEN 'QUOTE' THEN 'Quote' ELSE 'Claim' END AS type, a.id,
          ${relevanceKey("desc", query, annotationLanguage).sql("a")} AS relevance, ${raw(annotationLanguage("a"))},
          a.exact AS text, ${searchQueryOf("a", annotationLanguage)} AS query
        FROM ${annotationFrom(filter, "a")}
        WHERE ${and([annotationFilterSql(filter, "a"), policy.annotationsSql(raw("a"))])}`);
    }
    return pageOfSql<SearchHitRow>(this.prisma, {
      args,
      // The union's own relevance column: the branches computed it, each in its rows' language.
      keys: [{ ...relevanceKey("desc", query, articleLanguage), sql: (t) => raw(`${t}.relevance`) }],
      t: "s",
      from: Prisma.sql`(${Prisma.join(branches, " UNION ALL ")}) s`,
      // ts_headline is costly (PostgreSQL evaluates it after the LIMIT, for the page only). The
      // marker characters are taken out of the text first, so that every marker is a match.
      columns: Prisma.sql`s.id::text AS id, s.type, s.relevance,
        ts_headline(claimgraph_search_config(s.language), translate(s.text, ${MATCH_START + MATCH_END}, ''),
                    s.query, ${HEADLINE}) AS headline`,
      where: Prisma.sql`TRUE`,
    });
  }
}
