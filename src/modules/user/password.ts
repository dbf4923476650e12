import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import pLimit from "p-limit";
import { DomainError, ErrorCode } from "../../shared/errors";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;

/** scrypt (RFC 7914) parameters: N=2^15, r=8, p=1, 32-byte key, 16-byte random salt. */
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

/**
 * scrypt is deliberately expensive (about 50 ms of CPU and 32 MB each), and runs on libuv's
 * small thread pool, which file and DNS work share. So at most PASSWORD_CHECKS run at once and
 * at most MAX_WAITING wait; beyond that a sign-in is refused at once (SERVICE_BUSY) rather than
 * queued behind a flood of guesses while every other request starves.
 */
const PASSWORD_CHECKS = 2;
const MAX_WAITING = 32;
const work = pLimit(PASSWORD_CHECKS);

function bounded<T>(task: () => Promise<T>): Promise<T> {
  if (work.pendingCount >= MAX_WAITING) {
    return Promise.reject(
      new DomainError(ErrorCode.SERVICE_BUSY, "Too many sign-ins are being checked at once; retry shortly."),
    );
  }
  return work(task);
}

async function hash(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return ["scrypt", N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Encoded as scrypt$N$r$p$salt$hash (base64url), so parameters can be raised later. */
export function hashPassword(password: string): Promise<string> {
  return bounded(() => hash(password));
}

let decoy: Promise<string> | null = null;

/**
 * A hash to verify against when the e-mail is unknown, so that the answer costs what a real
 * check costs. Made once, on first use (not at import: that would cost every process start),
 * outside the bound (a busy moment must not leave it failed: that would answer unknown e-mails
 * differently from known ones from then on); a failure is not kept.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hash("decoy password that matches nothing").catch((error: unknown) => {
    decoy = null;
    throw error;
  });
  return decoy;
}

export function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return Promise.resolve(false);
  return bounded(async () => {
    const expected = Buffer.from(hash, "base64url");
    const actual = await scryptAsync(password, Buffer.from(salt, "base64url"), expected.length, {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: MAX_MEMORY,
    });
    return timingSafeEqual(actual, expected);
  });
}
