import path from "node:path";

/**
 * Every setting the server reads from the environment, in one place (the README's
 * "Configuration" table lists the same variables).
 */
export interface Config {
  /** PostgreSQL connection string; undefined means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Folder for local state (the embedded database lives in <dataDir>/pglite). */
  dataDir: string;
  host: string;
  port: number;
  logLevel: string;
  production: boolean;
  /** auto: load the seeds when the database is empty; always: on every start (idempotent); never. */
  seed: "auto" | "always" | "never";
  /** HMAC key for session tokens (JWT_SECRET); undefined means: use or create <dataDir>/jwt-secret. */
  jwtSecret: string | undefined;
  /** Lifetime of a session token, in seconds. */
  tokenTtlSeconds: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const seed = env.CLAIMGRAPH_SEED ?? (production ? "never" : "auto");
  if (seed !== "auto" && seed !== "always" && seed !== "never") {
    throw new Error(`CLAIMGRAPH_SEED must be auto, always or never (got "${seed}")`);
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535 (got "${env.PORT}")`);
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.CLAIMGRAPH_DATA_DIR ?? ".data"),
    host: env.HOST ?? "127.0.0.1",
    port,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    production,
    seed,
    jwtSecret: env.JWT_SECRET || undefined,
    tokenTtlSeconds: positiveInteger(env.TOKEN_TTL_SECONDS ?? "43200", "TOKEN_TTL_SECONDS"),
  };
}

function positiveInteger(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive integer (got "${value}")`);
  return number;
}
