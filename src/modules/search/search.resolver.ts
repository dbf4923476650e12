import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { connectionOf } from "../../shared/graphql/connection.type";
import { fromRow } from "../../shared/graphql/node.type";
import { annotationFromRow } from "../annotation/annotation.type";
import { Article } from "../article/article.type";
import type { SearchHitRow } from "./search.service";
import type { SearchEdge } from "./search.type";
import { SearchArgs, SearchConnection } from "./search.type";
import { snippetOf } from "./snippet";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      "Full-text search of articles, quotes and claims together, most relevant first, each result with a highlighted snippet. Public: readers find PUBLISHED quotes and claims only.",
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() { services, scope }: Context,
  ): Promise<SearchConnection> {
    const page = await services.search.search(scope.policy, args.query, args.types, args);
    const found = await Promise.all(page.nodes.map((hit) => nodeOf(hit, scope.loaders)));
    // A result deleted between the search and the load is left out.
    const edges = page.nodes.flatMap((hit, i): SearchEdge[] => {
      const node = found[i];
      if (!node) return [];
      return [
        { cursor: page.cursorOf(hit), node, relevance: hit.relevance / 1_000_000, snippet: snippetOf(hit.headline) },
      ];
    });
    return connectionOf(page, edges);
  }
}

async function nodeOf(hit: SearchHitRow, loaders: Context["scope"]["loaders"]) {
  if (hit.type === "Article") {
    const row = await loaders.articleById.load(hit.id);
    return row && fromRow(Article, row);
  }
  const row = await loaders.annotationById.load(hit.id);
  return row && annotationFromRow(row);
}
