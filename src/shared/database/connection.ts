import { Client } from "pg";

/** How long the start-up check waits for PostgreSQL to answer. */
const CONNECT_TIMEOUT_MS = 10_000;

/** A configuration mistake, reported in one line: the message says what to check. */
export class ConnectionSettingError extends Error {
  override name = "ConnectionSettingError";
}

/** The connection string without its password, to name in messages. */
export function redactedUrl(url: URL): string {
  const user = url.username ? `${decodeURIComponent(url.username)}@` : "";
  return `${url.protocol}//${user}${url.host}${url.pathname}`;
}

/**
 * Parses `connectionString`, the value of the environment variable `variable`, and connects once
 * to PostgreSQL with it. Every failure becomes a ConnectionSettingError whose one-line message
 * names the variable, what went wrong and what to check; the password is never shown.
 */
export async function checkConnection(connectionString: string, variable: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConnectionSettingError(
      `${variable} is not a PostgreSQL connection string: expected postgresql://user:password@host:5432/database ` +
        "(special characters in the password percent-encoded).",
    );
  }
  const where = `${variable} (${redactedUrl(url)})`;
  const host = url.host || "localhost";
  const user = decodeURIComponent(url.username) || "the default user";
  const database = decodeURIComponent(url.pathname.slice(1)) || "the default database";
  const client = new Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A connection that fails after connecting emits "error"; without a listener that would crash.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    throw new ConnectionSettingError(
      `Cannot connect with ${where}: ${explain(code, message ?? "", { host, hostname: url.hostname || "localhost", user, database })}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function explain(
  code: string | undefined,
  message: string,
  { host, hostname, user, database }: { host: string; hostname: string; user: string; database: string },
): string {
  switch (code) {
    case "ECONNREFUSED":
      return `nothing accepts connections at ${host}. Check that PostgreSQL is running and the host and port.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host name ${hostname} is not known. Check the host.`;
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `${host} cannot be reached (${code}). Check the host, the port and the network or firewall between.`;
    case "28P01":
      return `PostgreSQL refused the password of ${user}. Check the user name and password.`;
    case "28000":
      return `PostgreSQL refused ${user} (${message}). Check the user name, and pg_hba.conf on the server.`;
    case "3D000":
      return `the database ${database} does not exist on ${host}. Create it (createdb ${database}) or fix the name.`;
    case "53300":
      return `PostgreSQL has no connection slot free (${message}). Check max_connections and other clients.`;
    default:
      if (/timeout/i.test(message)) {
        return `no answer from ${host} within ${CONNECT_TIMEOUT_MS / 1000} s. Check the host, the port and the network.`;
      }
      if (/ssl/i.test(message)) return `${message}. Check sslmode in the connection string.`;
      return `${message.replace(/\s+/g, " ")}${code ? ` (${code})` : ""}. Check the connection string.`;
  }
}
