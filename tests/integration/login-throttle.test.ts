import { createEventHub } from "../../src/modules/history/history.events";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { blockAfter } from "../../src/modules/user/login.throttle";
import { LIMIT_DEFAULTS } from "../../src/shared/config";
import { createLogger } from "../../src/shared/logger";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";

const LOGIN = `mutation ($i: LoginInput!) { login(input: $i) { token errors { code retryAfterSeconds } } }`;

describe("sign-in throttling", () => {
  let db: TestDatabase;
  let api: TestApi;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(
      db,
      {
        port: 0,
        host: "127.0.0.1",
        limits: { ...LIMIT_DEFAULTS, loginFailuresPerAccount: 3, loginFailuresPerAddress: 20 },
      },
      createLogger("error"),
    );
    server = await startHttpServer(api.app, await createSchema(), createEventHub());
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  /** Signs in over HTTP (so the client address counts) and returns the payload and Retry-After. */
  async function login(email: string, password: string) {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email, password } } }),
    });
    const json = (await response.json()) as { data: { login: { token: string | null; errors: any[] } } };
    return { ...json.data.login, retryAfter: response.headers.get("retry-after") };
  }
  const right = (user: TestUser) => `password-of-${user.email}`;
  /** Makes an account's current block appear to have run out, as if its time had passed. */
  const expireBlock = (email: string) =>
    db.prisma.loginThrottle.update({ where: { key: `account:${email}` }, data: { blockedUntil: new Date(0) } });
  /**
   * Makes an account's current block last a minute, as if the next attempt came at once: the first
   * block is one second, which a loaded machine can let run out between two requests.
   */
  const holdBlock = (email: string) =>
    db.prisma.loginThrottle.update({
      where: { key: `account:${email}` },
      data: { blockedUntil: new Date(Date.now() + 60_000) },
    });
  const blockSeconds = async (email: string) => {
    const row = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    return Math.round((row.blockedUntil!.getTime() - Date.now()) / 1000);
  };

  beforeEach(() => db.prisma.loginThrottle.deleteMany());

  describe("per account", () => {
    it("refuses an account past its allowance with RATE_LIMITED and Retry-After, even with the right password", async () => {
      const user = await api.user("ANNOTATOR");
      for (let i = 0; i < 4; i++) expect((await login(user.email, "wrong")).errors[0].code).toBe("INVALID_CREDENTIALS");
      expect(Math.abs((await blockSeconds(user.email)) - 1)).toBeLessThanOrEqual(1);
      await holdBlock(user.email);
      const refused = await login(user.email, right(user));
      expect(refused.token).toBeNull();
      expect(refused.errors).toEqual([{ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) }]);
      const wait = refused.errors[0].retryAfterSeconds;
      expect(wait).toBeGreaterThanOrEqual(58);
      expect(wait).toBeLessThanOrEqual(60);
      expect(refused.retryAfter).toBe(String(wait));
    });

    it("doubles the block with every further failure, up to 15 minutes", async () => {
      const user = await api.user("ANNOTATOR");
      for (let i = 0; i < 4; i++) await login(user.email, "wrong");
      const blocks: number[] = [await blockSeconds(user.email)];
      for (let i = 0; i < 12; i++) {
        await expireBlock(user.email);
        await login(user.email, "wrong");
        blocks.push(await blockSeconds(user.email));
      }
      // Read a moment after each block was set (the password check runs in between): within a second.
      const expected = [1, 2, 4, 8, 16, 32];
      blocks.slice(0, 6).forEach((seconds, i) => expect(Math.abs(seconds - expected[i]!)).toBeLessThanOrEqual(1));
      expect(Math.abs(blocks.at(-1)! - 15 * 60)).toBeLessThanOrEqual(1);
    });

    it("lets at most the allowance (and the attempt that crosses it) through a burst of concurrent guesses", async () => {
      const user = await api.user("ANNOTATOR");
      const results = await Promise.all(Array.from({ length: 30 }, () => login(user.email, "wrong")));
      const codes = results.map((result) => result.errors[0].code);
      expect(codes.filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(4);
      expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(26);
    });

    it("keeps counting and blocking after very many failures (the backoff is capped, never overflows)", async () => {
      const user = await api.user("ANNOTATOR");
      await db.prisma.loginThrottle.create({
        data: { key: `account:${user.email}`, failures: 500, firstFailureAt: new Date(), blockedUntil: null },
      });
      expect((await login(user.email, "wrong")).errors[0].code).toBe("INVALID_CREDENTIALS");
      expect(Math.abs((await blockSeconds(user.email)) - 15 * 60)).toBeLessThanOrEqual(1);
      expect((await login(user.email, right(user))).errors[0]).toMatchObject({ code: "RATE_LIMITED" });
      expect(blockAfter(3, 3)).toBe(0);
      expect(blockAfter(4, 3)).toBe(1000);
      expect(blockAfter(10_000, 3)).toBe(15 * 60 * 1000);
    });

    it("clears an account's failures when it signs in", async () => {
      const user = await api.user("ANNOTATOR");
      for (let i = 0; i < 3; i++) await login(user.email, "wrong");
      expect((await login(user.email, right(user))).token).toEqual(expect.any(String));
      expect(await db.prisma.loginThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull();
      expect((await login(user.email, "wrong")).errors[0].code).toBe("INVALID_CREDENTIALS");
    });

    it("counts unknown e-mail addresses like known ones, so the throttle reveals no accounts", async () => {
      for (let i = 0; i < 4; i++) await login("nobody@example.org", "guess");
      const row = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: "account:nobody@example.org" } });
      expect(row).toMatchObject({ failures: 4, blockedUntil: expect.any(Date) });
      await holdBlock("nobody@example.org");
      expect((await login("nobody@example.org", "guess")).errors[0].code).toBe("RATE_LIMITED");
    });
  });

  describe("per client address", () => {
    it("refuses an address that guesses across many accounts, whatever account it tries next", async () => {
      const user = await api.user("ANNOTATOR");
      for (let i = 0; i < 21; i++) await login(`victim-${i}@example.org`, "guess");
      const refused = await login(user.email, right(user));
      expect(refused.errors[0].code).toBe("RATE_LIMITED");
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    });
  });

  describe("behind a proxy", () => {
    it("counts the forwarded client address when the proxy is trusted (CLAIMGRAPH_TRUST_PROXY)", async () => {
      const proxied = await startHttpServer(
        { ...api.app, config: { ...api.app.config, trustProxy: "loopback" } },
        await createSchema(),
        createEventHub(),
      );
      try {
        await fetch(proxied.url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7" },
          body: JSON.stringify({ query: LOGIN, variables: { i: { email: "proxied@example.org", password: "guess" } } }),
        });
        const keys = (await db.prisma.loginThrottle.findMany()).map((row) => row.key).sort();
        expect(keys).toEqual(["account:proxied@example.org", "address:203.0.113.7"]);
      } finally {
        await proxied.stop();
      }
    });
  });

  describe("password checks", () => {
    it("are bounded: a flood of sign-ins is refused SERVICE_BUSY at once rather than queued", async () => {
      const results = await Promise.all(
        Array.from({ length: 150 }, (_, i) =>
          api.run(LOGIN, { i: { email: `flood-${i}@example.org`, password: "guess" } }),
        ),
      );
      const codes = results.map((result) => result.data?.login.errors[0]?.code);
      expect(new Set(codes)).toEqual(new Set(["INVALID_CREDENTIALS", "SERVICE_BUSY"]));
      // How many are refused depends on how fast the others are checked; that some are is the bound.
      expect(codes.filter((code) => code === "SERVICE_BUSY").length).toBeGreaterThan(0);
    });
  });
});
