import { jwtVerify, SignJWT } from "jose";

const ISSUER = "claimgraph";
const AUDIENCE = "claimgraph-api";
const ALGORITHM = "HS256";

/** Signs a session token (RFC 7519 JWT, HS256) naming the user; the role is read per request. */
export async function signSessionToken(userId: string, secret: Uint8Array, ttlSeconds: number): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secret);
}

/** The user id a valid token names; null for a token that is malformed, forged or expired. */
export async function verifySessionToken(token: string, secret: Uint8Array): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] });
    return typeof payload.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}
