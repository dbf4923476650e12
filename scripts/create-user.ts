import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { validate } from "class-validator";
import { createServices } from "../src/context";
import { Role } from "../src/generated/prisma/enums";
import { CreateUserInput } from "../src/modules/user/user.input";
import { loadConfig } from "../src/shared/config";
import { openDatabase } from "../src/shared/database/database";
import { mapDatabaseError } from "../src/shared/database/errors";

const USAGE = `usage: npm run user:create -- --email <e-mail> --name <display name> [--role ADMIN|REVIEWER|ANNOTATOR]
The password is read from CLAIMGRAPH_PASSWORD, or else from standard input (e.g. piped from a secret store).`;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error(`no password: set CLAIMGRAPH_PASSWORD or pipe it in.\n${USAGE}`);
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, "");
}

/**
 * npm run user:create — creates an account directly in the database, for the operator who
 * bootstraps a deployment: the first admin, who then manages everyone else through the API
 * (createUser, updateUser). Uses DATABASE_URL, or the embedded database when it is unset.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "ADMIN" } },
  });
  if (!values.email || !values.name) throw new Error(USAGE);
  if (!Object.values(Role).includes(values.role as Role))
    throw new Error(`--role must be one of ${Object.values(Role).join(", ")}`);
  const input = Object.assign(new CreateUserInput(), {
    email: values.email,
    displayName: values.name,
    role: values.role as Role,
    password: process.env.CLAIMGRAPH_PASSWORD ?? (await readStdin()),
  });
  const problems = await validate(input);
  if (problems.length) {
    throw new Error(problems.flatMap((problem) => Object.values(problem.constraints ?? {})).join("; "));
  }

  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    migrationUrl: config.migrationUrl,
    dataDir: config.dataDir,
  });
  try {
    // Creating an account signs no token: the services get a throwaway key, not the server's.
    const session = { secret: randomBytes(32), tokenTtlSeconds: config.tokenTtlSeconds };
    const user = await createServices(database.prisma, session, config.limits).users.createAccount(input);
    console.log(`created ${user.role} ${user.email}`);
  } catch (error) {
    throw mapDatabaseError(error) ?? error;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
