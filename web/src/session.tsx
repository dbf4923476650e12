import { ApolloProvider } from "@apollo/client/react";
import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { createApolloClient } from "./apollo";
import type { Role } from "./generated/graphql";
import { WebMeDocument } from "./generated/graphql";

const STORAGE_KEY = "claimgraph.token";

export interface Viewer {
  id: string;
  displayName: string;
  role: Role;
}

interface SessionValue {
  token: string | null;
  viewer: Viewer | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<SessionValue>({
  token: null,
  viewer: null,
  signIn: () => undefined,
  signOut: () => undefined,
});

export const useSession = () => useContext(SessionContext);

/** Who is signed in, from `me`; an expired or refused token signs out. */
function ViewerProvider(props: {
  token: string | null;
  signIn(token: string): void;
  signOut(): void;
  children: ReactNode;
}) {
  const { data, error } = useQuery(WebMeDocument, { skip: !props.token });
  const { token, signIn, signOut } = props;
  useEffect(() => {
    if (token && error) signOut();
  }, [token, error, signOut]);
  const viewer = token ? (data?.me ?? null) : null;
  const value = useMemo(() => ({ token, viewer, signIn, signOut }), [token, viewer, signIn, signOut]);
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

/** The session token (kept for the tab in sessionStorage) and the Apollo client that sends it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));
  const apollo = useMemo(() => createApolloClient(token), [token]);
  useEffect(() => () => apollo.dispose(), [apollo]);
  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(STORAGE_KEY, next);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setToken(null);
  }, []);
  return (
    <ApolloProvider client={apollo.client} key={token ?? "reader"}>
      <ViewerProvider token={token} signIn={signIn} signOut={signOut}>
        {children}
      </ViewerProvider>
    </ApolloProvider>
  );
}
