import path from "node:path";

/**
 * Every setting the server reads from the environment, in one place (the README's
 * "Configuration" table lists the same variables).
 */
export interface Config {
  /** PostgreSQL connection string the server uses; undefined means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** The schema owner's connection string, for migrations (MIGRATION_DATABASE_URL); else databaseUrl. */
  migrationUrl: string | undefined;
  /**
   * Which proxies in front of the server to believe about the client's address (X-Forwarded-For),
   * in Express's "trust proxy" syntax; unset: none, the address is the connection's.
   */
  trustProxy: string | undefined;
  /** Start in production although the server's database role is a superuser or owns the tables. */
  allowPrivilegedDatabaseRole: boolean;
  /** Folder for local state (the embedded database lives in <dataDir>/pglite). */
  dataDir: string;
  host: string;
  port: number;
  /**
   * The server's public base URL (PUBLIC_URL, no trailing slash): what the absolute URLs it hands
   * out start with (Article.exportUrls, the ids inside the exports). Unset: derived from the
   * listening address (publicUrlOf), once it is known.
   */
  publicUrl: string | undefined;
  logLevel: string;
  production: boolean;
  /**
   * Serve the browser GraphQL IDE at GET /graphql (GRAPHQL_IDE); on by default, off by default
   * with NODE_ENV=production.
   */
  ide: boolean;
  /** auto: load the seeds when the database is empty; always: on every start (idempotent); never. */
  seed: "auto" | "always" | "never";
  /** HMAC key for session tokens (JWT_SECRET); undefined means: use or create <dataDir>/jwt-secret. */
  jwtSecret: string | undefined;
  /** Lifetime of a session token, in seconds. */
  tokenTtlSeconds: number;
  /** What one request may ask of the server (README: "Limits"). */
  limits: Limits;
  /**
   * Answer plannable queries with one SQL statement built from the selection (shared/read);
   * false (CLAIMGRAPH_PLANNED_READS=false) sends every operation through the resolvers.
   */
  plannedReads: boolean;
  /**
   * Browser origins allowed to call /graphql and /export across origins (CORS_ORIGINS): exact
   * origins, "*" for any, or "local" for http(s)://localhost, 127.0.0.1 and [::1] on any port,
   * the default outside production. Production's default is none.
   */
  corsOrigins: string[];
  /** Whether the schema answers introspection queries (GRAPHQL_INTROSPECTION; default: not in production, unless the IDE is served). */
  introspection: boolean;
  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`. */
  metricsToken: string | undefined;
}

/**
 * Limits checked before execution (depth, aliases, tokens, directives, cost) and during it
 * (time, response size), on HTTP and WebSocket alike. Each is set by the environment variable
 * named in LIMIT_VARIABLES; the defaults let every example operation through with room to
 * spare and refuse the known attacks in milliseconds.
 */
export interface Limits {
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  /** Estimated fields resolved: each connection's first/last (default 20) multiplies its children. */
  cost: number;
  timeoutMs: number;
  responseBytes: number;
  requestBytes: number;
  wsPayloadBytes: number;
  subscriptionsPerConnection: number;
  subscriptions: number;
  /** Failed sign-ins per account, and per client address, in an hour before backoff begins. */
  loginFailuresPerAccount: number;
  loginFailuresPerAddress: number;
}

export const LIMIT_DEFAULTS: Limits = {
  depth: 12,
  aliases: 30,
  tokens: 5000,
  directives: 20,
  cost: 50_000,
  timeoutMs: 15_000,
  responseBytes: 16 * 1024 * 1024,
  requestBytes: 2 * 1024 * 1024,
  wsPayloadBytes: 256 * 1024,
  subscriptionsPerConnection: 20,
  subscriptions: 10_000,
  loginFailuresPerAccount: 5,
  loginFailuresPerAddress: 50,
};

export const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  depth: "LIMIT_DEPTH",
  aliases: "LIMIT_ALIASES",
  tokens: "LIMIT_TOKENS",
  directives: "LIMIT_DIRECTIVES",
  cost: "LIMIT_COST",
  timeoutMs: "LIMIT_TIMEOUT_MS",
  responseBytes: "LIMIT_RESPONSE_BYTES",
  requestBytes: "LIMIT_REQUEST_BYTES",
  wsPayloadBytes: "LIMIT_WS_PAYLOAD_BYTES",
  subscriptionsPerConnection: "LIMIT_SUBSCRIPTIONS_PER_CONNECTION",
  subscriptions: "LIMIT_SUBSCRIPTIONS",
  loginFailuresPerAccount: "LIMIT_LOGIN_FAILURES_PER_ACCOUNT",
  loginFailuresPerAddress: "LIMIT_LOGIN_FAILURES_PER_ADDRESS",
};

function loadLimits(env: NodeJS.ProcessEnv): Limits {
  const limits = { ...LIMIT_DEFAULTS };
  for (const [key, name] of Object.entries(LIMIT_VARIABLES) as [keyof Limits, string][]) {
    const value = env[name];
    if (value !== undefined && value !== "") limits[key] = positiveInteger(value, name);
  }
  return limits;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const seed = env.CLAIMGRAPH_SEED || (production ? "never" : "auto");
  if (seed !== "auto" && seed !== "always" && seed !== "never") {
    throw new Error(`CLAIMGRAPH_SEED must be auto, always or never (got "${seed}")`);
  }
  if (production && seed !== "never") {
    throw new Error(
      `CLAIMGRAPH_SEED=${seed} is refused with NODE_ENV=production: the seeds contain development accounts ` +
        "whose passwords are published in the README. Create the first admin with npm run user:create instead.",
    );
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535 (got "${env.PORT}")`);
  }
  const ide = booleanSwitch(env.GRAPHQL_IDE, !production, "GRAPHQL_IDE");
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.PUBLIC_URL ? publicUrlSetting(env.PUBLIC_URL) : undefined,
    migrationUrl: env.MIGRATION_DATABASE_URL || undefined,
    allowPrivilegedDatabaseRole: env.CLAIMGRAPH_ALLOW_PRIVILEGED_DB_ROLE === "true",
    trustProxy: env.CLAIMGRAPH_TRUST_PROXY || undefined,
    dataDir: path.resolve(env.CLAIMGRAPH_DATA_DIR ?? ".data"),
    host: env.HOST ?? "127.0.0.1",
    port,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    production,
    ide,
    seed,
    jwtSecret: env.JWT_SECRET || undefined,
    tokenTtlSeconds: positiveInteger(env.TOKEN_TTL_SECONDS ?? "43200", "TOKEN_TTL_SECONDS"),
    limits: loadLimits(env),
    plannedReads: booleanSwitch(env.CLAIMGRAPH_PLANNED_READS, true, "CLAIMGRAPH_PLANNED_READS"),
    corsOrigins: corsOrigins(env.CORS_ORIGINS, production),
    // The IDE needs the schema: serving it turns introspection on unless that is switched off explicitly.
    introspection: booleanSwitch(env.GRAPHQL_INTROSPECTION, !production || ide, "GRAPHQL_INTROSPECTION"),
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}

/**
 * The base URL the server's absolute URLs start with: PUBLIC_URL when set, else the listening
 * address (`port`: the one actually bound, which differs from the setting when PORT is 0), with
 * the loopback and wildcard interfaces named `localhost`.
 */
export function publicUrlOf(config: Pick<Config, "publicUrl" | "host" | "port">, port = config.port): string {
  if (config.publicUrl) return config.publicUrl;
  const wildcard = ["127.0.0.1", "0.0.0.0", "::", "::1", "localhost"].includes(config.host);
  const host = wildcard ? "localhost" : config.host.includes(":") ? `[${config.host}]` : config.host;
  return `http://${host}:${port}`;
}

function publicUrlSetting(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL (got "${value}")`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
    throw new Error(`PUBLIC_URL must be an http(s) URL without query or fragment (got "${value}")`);
  }
  return url.href.replace(/\/+$/, "");
}

/** CORS_ORIGINS: a comma-separated list of exact origins (scheme://host[:port]), "*" or "local". */
export const LOCAL_ORIGINS = "local";

function corsOrigins(value: string | undefined, production: boolean): string[] {
  if (value === undefined || value.trim() === "") return production ? [] : [LOCAL_ORIGINS];
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry === "*" || entry === LOCAL_ORIGINS) return entry;
      let url: URL | null = null;
      try {
        url = new URL(entry);
      } catch {
        // reported below
      }
      // An origin is exactly what a browser sends in its Origin header: no path, no trailing slash.
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== entry) {
        throw new Error(
          `CORS_ORIGINS must list origins such as https://app.example.org or http://localhost:5173, ` +
            `separated by commas (got "${entry}")`,
        );
      }
      return entry;
    });
}

function booleanSwitch(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === "") return fallback;
  if (value === "true" || value === "false") return value === "true";
  throw new Error(`${name} must be true or false (got "${value}")`);
}

function positiveInteger(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive integer (got "${value}")`);
  return number;
}
