// The Monaco environment must be in place before GraphiQL loads its editors.
import "./monaco-environment";
import type { FormEvent } from "react";
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import type { GraphiQLPlugin } from "@graphiql/react";
import { useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import type { Example } from "claimgraph:examples";
import examples from "claimgraph:examples";
import type { Session } from "./session";
import { signIn, storedSession, storeSession } from "./session";
import "./ide.css";

/** Same origin as the page: the API at /graphql, subscriptions (graphql-ws) on the same path. */
const HTTP_URL = new URL("/graphql", location.href).href;
const WS_URL = HTTP_URL.replace(/^http/, "ws");

function SignIn({ session, onChange }: { session: Session | null; onChange(session: Session | null): void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) {
    return (
      <div className="cg-session" data-testid="session">
        Signed in as <strong>{session.email}</strong> ({session.role.toLowerCase()}); every request carries the token.
        <button type="button" onClick={() => onChange(null)}>
          Sign out
        </button>
      </div>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onChange(await signIn(HTTP_URL, email, password));
      setPassword("");
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="cg-session" onSubmit={submit} aria-label="Sign in">
      <span>Reader (no token).</span>
      <input
        type="email"
        name="email"
        placeholder="e-mail"
        aria-label="E-mail"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <input
        type="password"
        name="password"
        placeholder="password"
        aria-label="Password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" disabled={busy}>
        Sign in
      </button>
      {error && (
        <span className="cg-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

/** The examples/ operations, each opened in a new tab on click (the first visit has them all as tabs). */
function ExamplesPanel() {
  const { addTab } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const open = (example: Example) => {
    addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables ?? "");
  };
  return (
    <div className="cg-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>The operations of the README (examples/ in the repository). Click one to open it in a new tab.</p>
      <ul>
        {examples.map((example) => (
          <li key={example.name}>
            <button type="button" onClick={() => open(example)}>
              {example.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M4 5.5A1.5 1.5 0 0 1 5.5 4H19v14H5.5A1.5 1.5 0 0 0 4 19.5v-14Z" />
      <path d="M4 19.5A1.5 1.5 0 0 0 5.5 21H19v-3M8 8h7M8 11h5" />
    </svg>
  );
}

const examplesPlugin: GraphiQLPlugin = { title: "Examples", icon: ExamplesIcon, content: ExamplesPanel };

/**
 * A link may carry an operation (`/graphql?query=…&variables=…`): it opens in its own tab, first
 * on a first visit, else next to the tabs kept from earlier visits.
 */
const linked = new URLSearchParams(location.search);
const linkedQuery = linked.get("query") ?? undefined;
const linkedVariables = linked.get("variables") ?? undefined;
const defaultTabs = [
  ...(linkedQuery ? [{ query: linkedQuery, variables: linkedVariables }] : []),
  ...examples.map((example) => ({ query: example.query, variables: example.variables })),
];

function App() {
  const [session, setSession] = useState(storedSession);
  const fetcher = useMemo(() => {
    const authorization = session ? `Bearer ${session.token}` : undefined;
    return createGraphiQLFetcher({
      url: HTTP_URL,
      subscriptionUrl: WS_URL,
      headers: authorization ? { Authorization: authorization } : {},
      wsConnectionParams: authorization ? { authorization } : {},
    });
  }, [session]);
  const change = (next: Session | null) => {
    storeSession(next);
    setSession(next);
  };
  return (
    <div className="cg-ide">
      <header className="cg-bar">
        <span className="cg-title">Claimgraph GraphQL IDE</span>
        <SignIn session={session} onChange={change} />
      </header>
      <main className="cg-graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={defaultTabs}
          initialQuery={linkedQuery}
          initialVariables={linkedVariables}
          plugins={[examplesPlugin]}
          defaultEditorToolsVisibility={Boolean(linkedVariables)}
        >
          <GraphiQL.Logo>Claimgraph</GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(<App />);
