/**
 * The IDE's sign-in: the `login` mutation's token, kept in sessionStorage (so it lives as long as
 * the browser tab and is not shared with other tabs or left on the machine), sent by the fetcher
 * as `Authorization: Bearer <token>` over HTTP and as the `authorization` connection parameter
 * over graphql-ws.
 */
export interface Session {
  token: string;
  email: string;
  role: string;
}

const KEY = "claimgraph.ide.session";

export function storedSession(): Session | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Session | null;
    return value && typeof value.token === "string" ? value : null;
  } catch {
    return null;
  }
}

export function storeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

const LOGIN = `mutation IdeLogin($input: LoginInput!) {
  login(input: $input) { token user { email role } errors { code message } }
}`;

interface LoginResponse {
  data?: {
    login: {
      token: string | null;
      user: { email: string; role: string } | null;
      errors: { code: string; message: string }[];
    };
  };
  errors?: { message: string }[];
}

/** Signs in; resolves the session, or rejects with the server's message for the user. */
export async function signIn(url: string, email: string, password: string): Promise<Session> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as LoginResponse;
  const login = body.data?.login;
  if (!login) throw new Error(body.errors?.[0]?.message ?? `Sign-in failed (HTTP ${response.status})`);
  if (!login.token || !login.user) throw new Error(login.errors[0]?.message ?? "Sign-in failed");
  return { token: login.token, email: login.user.email, role: login.user.role };
}
