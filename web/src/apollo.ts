import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition, relayStylePagination } from "@apollo/client/utilities";
import { createClient as createWsClient } from "graphql-ws";
import possibleTypesResult from "./generated/possible-types";

/** The cache the README's "Building a frontend" describes: one list per filter, global ids, possibleTypes. */
function createCache(): InMemoryCache {
  const listArgs = ["filter", "orderBy"];
  return new InMemoryCache({
    possibleTypes: possibleTypesResult.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          articles: relayStylePagination(listArgs),
          actors: relayStylePagination(listArgs),
          annotations: relayStylePagination(listArgs),
          claims: relayStylePagination(listArgs),
          quotes: relayStylePagination(listArgs),
          topics: relayStylePagination(false),
        },
      },
      Article: { fields: { annotations: relayStylePagination(false) } },
      Annotation: {
        fields: { history: relayStylePagination(false), comments: relayStylePagination(false) },
      },
      Ledger: { keyFields: false },
    },
  });
}

/**
 * One client per session token: HTTP for queries and mutations, graphql-ws on the same path for
 * subscriptions, both sending the token. Signing in or out makes a new client (and a new cache,
 * so nothing an editor saw stays on screen for a reader).
 */
export function createApolloClient(token: string | null): { client: ApolloClient; dispose(): void } {
  const http = new URL("/graphql", window.location.href);
  const ws = new URL(http);
  ws.protocol = http.protocol === "https:" ? "wss:" : "ws:";
  const authorization = token ? `Bearer ${token}` : undefined;
  const wsClient = createWsClient({ url: ws.toString(), connectionParams: authorization ? { authorization } : {} });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === "OperationDefinition" && definition.operation === "subscription";
    },
    new GraphQLWsLink(wsClient),
    new HttpLink({ uri: http.toString(), headers: authorization ? { authorization } : {} }),
  );
  const client = new ApolloClient({ link, cache: createCache() });
  return {
    client,
    dispose() {
      client.stop();
      void wsClient.dispose();
    },
  };
}
