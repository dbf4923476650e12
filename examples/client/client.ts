import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { filter, firstValueFrom } from "rxjs";
import type { ClientClaimFragment } from "./generated/graphql";
import { ClientActorByAliasDocument, ClientClaimsPageDocument, ClientNodeDocument } from "./generated/graphql";
import possibleTypesResult from "./generated/possible-types";

/**
 * The cache every Claimgraph client wants (README, "Building a frontend"):
 * - `relayStylePagination(keyArgs)` on each connection field, keyed by the arguments that pick
 *   *which* list it is (filter, orderBy, topic) and never by first/after/last/before, so that
 *   `fetchMore` appends pages to one cached list;
 * - the default `dataIdFromObject` (`__typename` + `id`): ids are global and opaque, so every
 *   object normalises to one entry whichever path fetched it;
 * - `possibleTypes` (generated from the SDL) for the Node and Annotation interfaces and the
 *   SearchResult union, so fragments on them match from the cache.
 */
export function createCache(): InMemoryCache {
  const listArgs = ["filter", "orderBy"];
  const nestedArgs = ["topic"];
  return new InMemoryCache({
    possibleTypes: possibleTypesResult.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          articles: relayStylePagination(listArgs),
          actors: relayStylePagination(listArgs),
          annotations: relayStylePagination(listArgs),
          quotes: relayStylePagination(listArgs),
          claims: relayStylePagination(listArgs),
          topics: relayStylePagination(false),
          search: relayStylePagination(["query", "types"]),
        },
      },
      Article: {
        fields: {
          quotes: relayStylePagination(false),
          claims: relayStylePagination(nestedArgs),
          annotations: relayStylePagination(false),
          actors: relayStylePagination(false),
        },
      },
      Actor: {
        fields: {
          claimsAbout: relayStylePagination(nestedArgs),
          claimsMade: relayStylePagination(nestedArgs),
          claimsAsCounterpart: relayStylePagination(nestedArgs),
          quotes: relayStylePagination(false),
        },
      },
      // A ledger has no id of its own: it belongs to the query that asked for it.
      Ledger: { keyFields: false },
    },
  });
}

export function createClient(url: string, token?: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    cache: createCache(),
  });
}

export interface ExampleResult {
  /** The claim ids of each page, in the order fetched. */
  pages: string[][];
  /** The connection as the cache merged it after every fetchMore. */
  merged: string[];
  totalCount: number;
  hasNextPage: boolean;
  /** The first claim as read from the merged list, and as `node(id:)` returned it. */
  first: ClientClaimFragment;
  refetched: ClientClaimFragment;
  /** Both normalise to one cache entry (`Claim:<global id>`). */
  sameCacheEntry: boolean;
}

/**
 * Pages through the published FOREIGN_BACKING claims about the actor known as `alias`,
 * `pageSize` at a time, with `fetchMore`; then refetches the first claim with `node(id:)`.
 */
export async function runExample(url: string, alias = "LNA", pageSize = 4): Promise<ExampleResult> {
  const client = createClient(url);
  try {
    const { data: actors } = await client.query({ query: ClientActorByAliasDocument, variables: { alias } });
    const subject = actors?.actors.edges[0]?.node;
    if (!subject) throw new Error(`No actor is known as ${alias}`);

    const variables = { subjectId: subject.id, topic: "FOREIGN_BACKING", first: pageSize };
    const query = client.watchQuery({ query: ClientClaimsPageDocument, variables });
    // An ObservableQuery fetches while it has a subscriber; the first complete result is page 1.
    const subscription = query.subscribe(() => undefined);
    try {
      const firstPage = await firstValueFrom(query.pipe(filter((result) => result.dataState === "complete")));
      const pages = [firstPage.data.claims.edges.map((edge) => edge.node.id)];
      let pageInfo = firstPage.data.claims.pageInfo;
      while (pageInfo.hasNextPage) {
        const more = await query.fetchMore({ variables: { after: pageInfo.endCursor } });
        if (!more.data) throw new Error("fetchMore returned no data");
        pages.push(more.data.claims.edges.map((edge) => edge.node.id));
        pageInfo = more.data.claims.pageInfo;
      }
      const merged = client.readQuery({ query: ClientClaimsPageDocument, variables });
      if (!merged) throw new Error("the merged connection is not in the cache");
      const first = merged.claims.edges[0]!.node;

      const { data: again } = await client.query({
        query: ClientNodeDocument,
        variables: { id: first.id },
        fetchPolicy: "network-only",
      });
      if (again?.node?.__typename !== "Claim") throw new Error(`node(${first.id}) is not a claim`);
      return {
        pages,
        merged: merged.claims.edges.map((edge) => edge.node.id),
        totalCount: merged.claims.totalCount,
        hasNextPage: merged.claims.pageInfo.hasNextPage,
        first,
        refetched: again.node,
        sameCacheEntry: client.cache.identify(first) === client.cache.identify(again.node),
      };
    } finally {
      subscription.unsubscribe();
    }
  } finally {
    client.stop();
  }
}
