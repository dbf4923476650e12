import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { ArticleView } from "./ArticleView";
import { WebArticlesDocument, WebLoginDocument } from "./generated/graphql";
import { LedgerView } from "./LedgerView";
import { ReviewQueue } from "./ReviewQueue";
import { useSession } from "./session";

/** Hash routes (#/article/<id>, #/review, #/ledger, #/sign-in): the server needs no fallback route. */
function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

export function App() {
  const { viewer, signOut } = useSession();
  const [page, param] = useRoute();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <h1>Claimgraph</h1>
        <nav aria-label="Main">
          <a href="#/">Articles</a>
          {viewer && <a href="#/review">Review queue</a>}
          <a href="#/ledger">Ledger</a>
          {viewer ? (
            <span className="viewer">
              {viewer.displayName} ({viewer.role.toLowerCase()}){" "}
              <button type="button" onClick={signOut}>
                Sign out
              </button>
            </span>
          ) : (
            <a href="#/sign-in">Sign in</a>
          )}
        </nav>
      </header>
      <main id="main">
        {page === "article" && param ? (
          <ArticleView id={param} />
        ) : page === "review" ? (
          viewer ? (
            <ReviewQueue />
          ) : (
            <SignIn />
          )
        ) : page === "ledger" ? (
          <LedgerView />
        ) : page === "sign-in" ? (
          <SignIn />
        ) : (
          <ArticleList />
        )}
      </main>
    </>
  );
}

function ArticleList() {
  const { data, loading, error, fetchMore } = useQuery(WebArticlesDocument, { variables: { first: 20 } });
  const connection = data?.articles;
  return (
    <section aria-labelledby="articles-title">
      <h2 id="articles-title">Articles</h2>
      {error && <p role="alert">{error.message}</p>}
      {loading && !connection && <p>Loading…</p>}
      <ul className="articles">
        {connection?.edges.map(({ node }) => (
          <li key={node.id}>
            <a href={`#/article/${encodeURIComponent(node.id)}`}>{node.title}</a>{" "}
            <small>
              {node.source}
              {node.publishedAt && `, ${new Date(node.publishedAt).toLocaleDateString("en-GB")}`}
            </small>
          </li>
        ))}
      </ul>
      {connection?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          More articles
        </button>
      )}
    </section>
  );
}

function SignIn() {
  const { viewer, signIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(WebLoginDocument);
  if (viewer) return <p>Signed in as {viewer.displayName}.</p>;
  return (
    <form
      className="sign-in"
      aria-labelledby="sign-in-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await login({ variables: { email, password } });
        const payload = result.data?.login;
        if (payload?.token) {
          signIn(payload.token);
          window.location.hash = "#/";
        } else setError(payload?.errors.map((failure) => failure.message).join("; ") ?? "Sign-in failed");
      }}
    >
      <h2 id="sign-in-title">Sign in</h2>
      <label>
        E-mail
        <input type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <button type="submit" disabled={loading}>
        Sign in
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
