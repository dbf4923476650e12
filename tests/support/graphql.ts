import type { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { App, Context } from "../../src/context";
import { createContext, createServices } from "../../src/context";
import type { Role } from "../../src/generated/prisma/enums";
import { hashPassword } from "../../src/modules/user/password";
import { signSessionToken } from "../../src/modules/user/session.token";
import { createSchema } from "../../src/schema";
import { createApolloServer } from "../../src/server";
import type { Config } from "../../src/shared/config";
import { loadConfig } from "../../src/shared/config";
import { fromGlobalId, toGlobalId } from "../../src/shared/graphql/global-id";
import { SignJWT } from "jose";
import type { Logger } from "../../src/shared/logger";
import { createLogger } from "../../src/shared/logger";
import type { TestDatabase } from "./database";

export const TEST_JWT_SECRET = "test-secret-of-the-claimgraph-suite-0123456789";

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface Session {
  /** Runs an operation through the full Apollo pipeline (parse, validate, execute, format). */
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** Like run, but fails the test on any GraphQL error and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface TestUser {
  id: string;
  gid: string;
  email: string;
  role: Role;
  token: string;
  api: Session;
}

export interface TestApi extends Session {
  app: App;
  server: ApolloServer<Context>;
  /** The same API with `Authorization: Bearer <token>`. */
  as(token: string): Session;
  /** Creates an enabled user with this role (password "password-of-<email>") and signs it in. */
  user(role: Role, name?: string): Promise<TestUser>;
}

let counter = 0;

export async function createTestApi(
  db: TestDatabase,
  overrides: Partial<Config> = {},
  logger: Logger = createLogger("silent"),
  options: { now?: () => Date; schema?: GraphQLSchema } = {},
): Promise<TestApi> {
  const config: Config = { ...loadConfig({ NODE_ENV: "test" }), jwtSecret: TEST_JWT_SECRET, ...overrides };
  const secret = new TextEncoder().encode(config.jwtSecret);
  const services = createServices(
    db.prisma,
    { secret, tokenTtlSeconds: config.tokenTtlSeconds, now: options.now },
    config.limits,
  );
  const app: App = { config, prisma: db.prisma, logger, services };
  const server = createApolloServer(app, options.schema ?? (await createSchema()));
  await server.start();

  const session = (authorization: string | null): Session => {
    const run = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> => {
      const contextValue = createContext(app, { authorization });
      const response = await server.executeOperation<T>({ query, variables }, { contextValue });
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as GraphQLResult<T>;
    };
    return {
      run,
      async ok<T>(query: string, variables?: Record<string, unknown>) {
        const result = await run<T>(query, variables);
        if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
        return result.data as T;
      },
    };
  };

  return {
    app,
    server,
    ...session(null),
    as: (token) => session(`Bearer ${token}`),
    async user(role, name) {
      const email = `${name ?? role.toLowerCase()}-${++counter}-${process.pid}@test.local`;
      const row = await db.prisma.user.create({
        data: { email, displayName: name ?? role, role, passwordHash: await hashPassword(`password-of-${email}`) },
      });
      const token = await signSessionToken(row.id, secret, config.tokenTtlSeconds);
      return { id: row.id, gid: toGlobalId("User", row.id), email, role, token, api: session(`Bearer ${token}`) };
    },
  };
}

/**
 * A session token as the server would sign it, but with the key and expiry a test chooses
 * (seconds since the epoch): for expired tokens and tokens signed with the wrong key.
 */
export function forgeToken(userId: string, key: string, expiresAt: number): Promise<string> {
  return new SignJWT({ iat_ms: Date.now() })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setIssuer("claimgraph")
    .setAudience("claimgraph-api")
    .setIssuedAt(Math.min(Math.floor(Date.now() / 1000), expiresAt - 1))
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(key));
}

/** The database id inside a global id. */
export function dbId(globalId: string): string {
  return fromGlobalId(globalId)!.id;
}
