import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/shared/paths";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { adminQuery, readTarget } from "../support/server-target";
import { startServerProcess } from "../support/server-process";

const embedded = readTarget().mode === "embedded";
if (embedded) console.log("[claimgraph tests] skipping production start-up: it needs PostgreSQL roles.");

const SECRET = "production-test-secret-0123456789-abcdefghij";

/** Runs a built script (as `npm run <script>` would) with `stdin` piped in; resolves its exit code and output. */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv, stdin: string) {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "dist", "scripts", script), ...args], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once("exit", (code) => resolve({ code, output })),
  );
}

/** The README's production start-up, step by step, against a PostgreSQL server. */
(embedded ? describe.skip : describe)("production start-up", () => {
  let db: TestDatabase;
  let role: string;
  let servingUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    role = `claimgraph_test_server_${randomBytes(4).toString("hex")}`;
    await adminQuery(readTarget().adminUrl!, `CREATE ROLE ${role} LOGIN IN ROLE claimgraph_app`);
    const url = new URL(db.url);
    url.username = role;
    servingUrl = url.toString();
  });
  afterAll(async () => {
    await db.drop();
    await adminQuery(readTarget().adminUrl!, `DROP ROLE IF EXISTS ${role}`);
  });

  it("creates the first admin with npm run user:create, the password read from standard input", async () => {
    const created = await runScript(
      "create-user.js",
      ["--email", "first-admin@example.org", "--name", "First Admin", "--role", "ADMIN"],
      { NODE_ENV: "production", DATABASE_URL: servingUrl, JWT_SECRET: "" },
      "a long admin password\n",
    );
    expect(created).toEqual({ code: 0, output: expect.stringContaining("created ADMIN first-admin@example.org") });
    const short = await runScript(
      "create-user.js",
      ["--email", "second@example.org", "--name", "Second"],
      { NODE_ENV: "production", DATABASE_URL: servingUrl },
      "short\n",
    );
    expect(short.code).toBe(1);
    expect(short.output).toMatch(/password must be longer than or equal to 12 characters/);
  });

  it("serves as the least-privilege role, migrating as the owner, and the first admin signs in", async () => {
    const server = await startServerProcess({
      NODE_ENV: "production",
      DATABASE_URL: servingUrl,
      MIGRATION_DATABASE_URL: db.url,
      JWT_SECRET: SECRET,
    });
    try {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation { login(input: { email: "first-admin@example.org", password: "a long admin password" }) { user { role } errors { code } } }`,
        }),
      });
      expect(((await response.json()) as any).data.login).toEqual({ user: { role: "ADMIN" }, errors: [] });
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it("refuses to start in production when it would connect as a superuser", async () => {
    await expect(
      startServerProcess({ NODE_ENV: "production", DATABASE_URL: db.url, JWT_SECRET: SECRET }),
    ).rejects.toThrow(/exited with 1[\s\S]*is a superuser[\s\S]*claimgraph_app/);
  });

  it("refuses to start in production when its role can create roles (and so grant itself the owner's)", async () => {
    const creator = `${role}_creator`;
    await adminQuery(readTarget().adminUrl!, `CREATE ROLE ${creator} LOGIN CREATEROLE IN ROLE claimgraph_app`);
    try {
      const url = new URL(db.url);
      url.username = creator;
      await expect(
        startServerProcess({ NODE_ENV: "production", DATABASE_URL: url.toString(), JWT_SECRET: SECRET }),
      ).rejects.toThrow(/exited with 1[\s\S]*can create roles/);
    } finally {
      await adminQuery(readTarget().adminUrl!, `DROP ROLE IF EXISTS ${creator}`);
    }
  });

  it("refuses the development seeds in production, whatever CLAIMGRAPH_SEED says", async () => {
    await expect(
      startServerProcess({
        NODE_ENV: "production",
        DATABASE_URL: servingUrl,
        JWT_SECRET: SECRET,
        CLAIMGRAPH_SEED: "auto",
      }),
    ).rejects.toThrow(/exited with 1[\s\S]*CLAIMGRAPH_SEED=auto is refused with NODE_ENV=production/);
    const seed = await runScript("seed.js", [], { NODE_ENV: "production", DATABASE_URL: servingUrl }, "");
    expect(seed.code).toBe(1);
    expect(seed.output).toMatch(/db:seed is refused with NODE_ENV=production/);
  });
});
