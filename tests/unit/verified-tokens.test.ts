import { importSigningKey, signSessionToken, VerifiedTokens } from "../../src/modules/user/session.token";

/** The cache of checked session tokens: it must never answer for a token that would not verify. */
describe("VerifiedTokens", () => {
  const secret = new TextEncoder().encode("a-test-secret-of-at-least-32-characters!");
  const userId = "0195c3a0-0000-7000-8000-000000000001";

  it("answers a checked token until it expires, and nothing after", async () => {
    const key = importSigningKey(secret);
    const tokens = new VerifiedTokens(key);
    const token = await signSessionToken(userId, await key, 60);
    const now = Date.now();
    expect(await tokens.verify(token, new Date(now))).toMatchObject({ userId });
    expect(await tokens.verify(token, new Date(now + 30_000))).toMatchObject({ userId });
    expect(await tokens.verify(token, new Date(now + 61_000))).toBeNull();
  });

  it("never keeps a token signed with another key, or a tampered one", async () => {
    const tokens = new VerifiedTokens(importSigningKey(secret));
    const other = await signSessionToken(
      userId,
      new TextEncoder().encode("another-secret-of-at-least-32-characters"),
      60,
    );
    expect(await tokens.verify(other, new Date())).toBeNull();
    const good = await signSessionToken(userId, secret, 60);
    const [header, payload, signature] = good.split(".");
    const tampered = `${header}.${payload}.${signature!.slice(0, -2)}AA`;
    expect(await tokens.verify(tampered, new Date())).toBeNull();
    expect(await tokens.verify(good, new Date())).toMatchObject({ userId });
  });

  it("keeps at most its size, forgetting the oldest checked", async () => {
    const key = importSigningKey(secret);
    const tokens = new VerifiedTokens(key, 2);
    const issued = await Promise.all(
      [1, 2, 3].map((n) => signSessionToken(`0195c3a0-0000-7000-8000-00000000000${n}`, secret, 60)),
    );
    for (const token of issued) expect(await tokens.verify(token, new Date())).not.toBeNull();
    expect((tokens as unknown as { sessions: Map<string, unknown> }).sessions.size).toBe(2);
  });
});
