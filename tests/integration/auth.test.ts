import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSigningSecret } from "../../src/modules/user/session.secret";
import { loadConfig } from "../../src/shared/config";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi, forgeToken, TEST_JWT_SECRET } from "../support/graphql";

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { token user { email role } errors { code field } }
}`;
const ME = "{ me { email role } }";
const UPDATE_USER = `mutation ($input: UpdateUserInput!) {
  updateUser(input: $input) { user { role disabledAt } errors { code } }
}`;
const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { email role } errors { code field } }
}`;

describe("authentication", () => {
  let db: TestDatabase;
  let api: TestApi;
  let admin: TestUser;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    admin = await api.user("ADMIN");
  });
  afterAll(() => db.drop());

  describe("login", () => {
    it("returns a token that makes `me` the user", async () => {
      const user = await api.user("REVIEWER");
      const data = await api.ok(LOGIN, {
        input: { email: user.email.toUpperCase(), password: `password-of-${user.email}` },
      });
      expect(data.login.errors).toEqual([]);
      expect(data.login.user).toEqual({ email: user.email, role: "REVIEWER" });
      expect(await api.as(data.login.token).ok(ME)).toEqual({ me: { email: user.email, role: "REVIEWER" } });
    });

    it("gives the same INVALID_CREDENTIALS for a wrong password and an unknown e-mail", async () => {
      const user = await api.user("ANNOTATOR");
      for (const input of [
        { email: user.email, password: "not the password" },
        { email: "nobody@test.local", password: "whatever-password" },
      ]) {
        const data = await api.ok(LOGIN, { input });
        expect(data.login).toEqual({
          token: null,
          user: null,
          errors: [{ code: "INVALID_CREDENTIALS", field: ["input"] }],
        });
      }
    });

    it("lets a reader be anonymous: `me` is null without a token", async () => {
      expect(await api.ok(ME)).toEqual({ me: null });
    });
  });

  describe("tokens", () => {
    it("refuses an expired token, a token signed with another key and a malformed one with UNAUTHENTICATED", async () => {
      const user = await api.user("ANNOTATOR");
      const now = Math.floor(Date.now() / 1000);
      for (const token of [
        await forgeToken(user.id, TEST_JWT_SECRET, now - 3600),
        await forgeToken(user.id, "another-key-entirely-0123456789-abcdefghij", now + 3600),
        "not-a-jwt",
      ]) {
        const result = await api.as(token).run("{ articles { totalCount } }");
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      }
    });

    it("stops working the moment an admin disables the user, and stays dead after re-enabling", async () => {
      const user = await api.user("ANNOTATOR");
      expect(await user.api.ok(ME)).toEqual({ me: { email: user.email, role: "ANNOTATOR" } });
      await admin.api.ok(UPDATE_USER, { input: { id: user.gid, disabled: true } });
      expect((await user.api.run(ME)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const login = await api.ok(LOGIN, { input: { email: user.email, password: `password-of-${user.email}` } });
      expect(login.login.errors[0].code).toBe("INVALID_CREDENTIALS");
      await admin.api.ok(UPDATE_USER, { input: { id: user.gid, disabled: false } });
      // Re-enabling does not revive the sessions that disabling ended: the user signs in again.
      expect((await user.api.run(ME)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const again = await api.ok(LOGIN, { input: { email: user.email, password: `password-of-${user.email}` } });
      expect(await api.as(again.login.token).ok(ME)).toEqual({ me: { email: user.email, role: "ANNOTATOR" } });
    });

    it("applies a new role on the user's next request", async () => {
      const user = await api.user("ANNOTATOR");
      await admin.api.ok(UPDATE_USER, { input: { id: user.gid, role: "REVIEWER" } });
      expect(await user.api.ok(ME)).toEqual({ me: { email: user.email, role: "REVIEWER" } });
    });
  });

  describe("user management", () => {
    it("is for admins: others get FORBIDDEN, readers UNAUTHENTICATED", async () => {
      const input = {
        email: "new.editor@test.local",
        displayName: "New Editor",
        role: "ANNOTATOR",
        password: "long enough password",
      };
      const reviewer = await api.user("REVIEWER");
      expect((await reviewer.api.run(CREATE_USER, { input })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await api.run(CREATE_USER, { input })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const created = await admin.api.ok(CREATE_USER, { input });
      expect(created.createUser).toEqual({ user: { email: "new.editor@test.local", role: "ANNOTATOR" }, errors: [] });
      const again = await admin.api.ok(CREATE_USER, { input });
      expect(again.createUser.errors).toEqual([{ code: "ALREADY_EXISTS", field: ["input", "email"] }]);
      const login = await api.ok(LOGIN, { input: { email: input.email, password: input.password } });
      expect(login.login.user).toEqual({ email: input.email, role: "ANNOTATOR" });
    });

    it("stores passwords as salted scrypt hashes", async () => {
      const row = await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
      expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    });
  });

  describe("the signing secret", () => {
    it("stops a production server that has no JWT_SECRET, with a clear message", async () => {
      const config = loadConfig({ NODE_ENV: "production", CLAIMGRAPH_DATA_DIR: tmpdir() });
      await expect(loadSigningSecret(config)).rejects.toThrow(/JWT_SECRET is not set/);
    });

    it("is generated once in development, kept in the data folder for the owner only, and reused", async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), "claimgraph-secret-"));
      const config = loadConfig({ NODE_ENV: "development", CLAIMGRAPH_DATA_DIR: dataDir });
      const first = await loadSigningSecret(config);
      const second = await loadSigningSecret(config);
      expect(Buffer.from(first).toString()).toBe(Buffer.from(second).toString());
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect((await readFile(path.join(dataDir, "jwt-secret"), "utf8")).trim()).toBe(Buffer.from(first).toString());
      expect((await stat(path.join(dataDir, "jwt-secret"))).mode & 0o777).toBe(0o600);
    });

    it("refuses a JWT_SECRET that is too short", async () => {
      await expect(loadSigningSecret(loadConfig({ JWT_SECRET: "short" }))).rejects.toThrow(/at least 32/);
    });
  });
});
