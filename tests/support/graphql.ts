import type { ApolloServer } from "@apollo/server";
import type { App, Context } from "../../src/context";
import { createContext, createServices } from "../../src/context";
import { createSchema } from "../../src/schema";
import { createApolloServer } from "../../src/server";
import type { Config } from "../../src/shared/config";
import { loadConfig } from "../../src/shared/config";
import type { Logger } from "../../src/shared/logger";
import { createLogger } from "../../src/shared/logger";
import type { TestDatabase } from "./database";

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApi {
  app: App;
  server: ApolloServer<Context>;
  /** Runs an operation through the full Apollo pipeline (parse, validate, execute, format). */
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** Like run, but fails the test on any GraphQL error and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export async function createTestApi(
  db: TestDatabase,
  overrides: Partial<Config> = {},
  logger: Logger = createLogger("silent"),
): Promise<TestApi> {
  const config = { ...loadConfig({ NODE_ENV: "test" }), ...overrides };
  const app: App = { config, prisma: db.prisma, logger, services: createServices(db.prisma) };
  const server = createApolloServer(await createSchema());
  await server.start();
  const run = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> => {
    const response = await server.executeOperation<T>({ query, variables }, { contextValue: createContext(app) });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GraphQLResult<T>;
  };
  return {
    app,
    server,
    run,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await run<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
  };
}
