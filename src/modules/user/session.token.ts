import type { webcrypto } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { isUuid } from "../../shared/ids";

const ISSUER = "claimgraph";
const AUDIENCE = "claimgraph-api";
const ALGORITHM = "HS256";

/** The HMAC key, raw or imported once (importSigningKey): jose would import raw bytes on every call. */
export type SigningKey = Uint8Array | webcrypto.CryptoKey;

/** Imports the signing secret as a Web Crypto HMAC key, once per server. */
export function importSigningKey(secret: Uint8Array): Promise<webcrypto.CryptoKey> {
  return crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

/** Signs a session token (RFC 7519 JWT, HS256) naming the user; the role is read per request. */
export async function signSessionToken(userId: string, secret: SigningKey, ttlSeconds: number): Promise<string> {
  // iat has whole seconds; the millisecond claim lets "sessions valid from" cut exactly.
  return new SignJWT({ iat_ms: Date.now() })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secret);
}

export interface VerifiedSession {
  userId: string;
  issuedAtMs: number;
  expiresAtMs: number;
}

/** The user, issue and expiry times (ms) a valid token names; null if malformed, forged or expired. */
export async function verifySessionToken(
  token: string,
  secret: SigningKey,
  now: Date = new Date(),
): Promise<VerifiedSession | null> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALGORITHM],
      currentDate: now,
    });
    // A well-signed token is still only as good as its claims: the subject must be a user id.
    if (!isUuid(payload.sub) || typeof payload.iat !== "number") return null;
    // iat_ms refines iat to the millisecond; one that disagrees with iat is not believed, so a
    // token cannot claim to be issued after a later "sessions valid from".
    const refined = typeof payload.iat_ms === "number" && Math.abs(payload.iat_ms - payload.iat * 1000) < 1000;
    const issuedAtMs = refined ? (payload.iat_ms as number) : payload.iat * 1000;
    const expiresAtMs = typeof payload.exp === "number" ? payload.exp * 1000 : Number.POSITIVE_INFINITY;
    return { userId: payload.sub, issuedAtMs, expiresAtMs };
  } catch {
    return null;
  }
}

/**
 * Tokens whose signature and claims have been checked, so that a client's every request does not
 * pay for the HMAC again (through Web Crypto it was about a tenth of the server's time per edit):
 * keyed by the whole token, kept until the token expires, at most `size` of them (the oldest
 * checked is forgotten first). Only tokens that verified enter, so a forged one is never
 * answered from here; the account itself is still read at every request.
 */
export class VerifiedTokens {
  private readonly sessions = new Map<string, VerifiedSession>();
  constructor(
    private readonly key: Promise<SigningKey>,
    private readonly size = 10_000,
  ) {}

  async verify(token: string, now: Date): Promise<VerifiedSession | null> {
    const known = this.sessions.get(token);
    if (known) {
      if (now.getTime() < known.expiresAtMs) return known;
      this.sessions.delete(token);
      return null;
    }
    const session = await verifySessionToken(token, await this.key, now);
    if (!session) return null;
    if (this.sessions.size >= this.size) this.sessions.delete(this.sessions.keys().next().value!);
    this.sessions.set(token, session);
    return session;
  }
}
