import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";

export interface LoginLimits {
  /** Failed sign-ins an account may have in the window before it is throttled. */
  failuresPerAccount: number;
  /** Failed sign-ins a client address may have in the window before it is throttled. */
  failuresPerAddress: number;
}

/** Failures older than this are forgotten. */
const WINDOW = "1 hour";
/** The longest a key is blocked after one more failure. */
const MAX_BLOCK = "15 minutes";

/**
 * Throttles sign-in per account and per client address, with exponential backoff, shared by
 * every instance through PostgreSQL. Failures are counted per key within a one-hour window;
 * once a key is past its allowance, each further failure blocks it for twice as long as the
 * one before (1 s, 2 s, 4 s … up to 15 minutes), and a blocked key is refused RATE_LIMITED,
 * with the seconds to wait, before any password is checked. A successful sign-in clears the
 * account's count (not the address's: one good password must not launder an address that is
 * guessing at others). Unknown e-mail addresses are counted like known ones, so the throttle
 * tells nothing about which accounts exist.
 */
export class LoginThrottle {
  private lastSweep = 0;

  constructor(
    private readonly db: Db,
    private readonly limits: LoginLimits,
  ) {}

  private keys(email: string, address: string | null) {
    return [
      { key: `account:${email}`, allowance: this.limits.failuresPerAccount },
      ...(address ? [{ key: `address:${address}`, allowance: this.limits.failuresPerAddress }] : []),
    ];
  }

  /** Throws RATE_LIMITED when the account or the address is blocked now. */
  async check(email: string, address: string | null): Promise<void> {
    const keys = this.keys(email, address).map((entry) => entry.key);
    const [blocked] = await this.db.$queryRaw<{ wait: number }[]>`
      SELECT ceil(extract(epoch FROM max(blocked_until) - now()))::int AS wait
        FROM login_throttles WHERE key = ANY(${keys}) AND blocked_until > now()`;
    if (blocked?.wait) throw rateLimited(blocked.wait);
  }

  /** Counts a failed sign-in against the account and the address; blocks past the allowance. */
  async failed(email: string, address: string | null): Promise<void> {
    for (const { key, allowance } of this.keys(email, address)) {
      // One statement, so that concurrent failures all count: a failure outside the window
      // starts a new one; past the allowance the block doubles with every failure.
      await this.db.$executeRaw`
        INSERT INTO login_throttles AS t (key, failures, first_failure_at, blocked_until)
        VALUES (${key}, 1, now(), ${blockAfter(1, allowance)})
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN t.first_failure_at < now() - ${WINDOW}::interval THEN 1 ELSE t.failures + 1 END,
          first_failure_at = CASE WHEN t.first_failure_at < now() - ${WINDOW}::interval THEN now() ELSE t.first_failure_at END,
          blocked_until = ${blockAfter(
            Prisma.sql`CASE WHEN t.first_failure_at < now() - ${WINDOW}::interval THEN 1 ELSE t.failures + 1 END`,
            allowance,
          )}`;
    }
    await this.sweep();
  }

  /** A successful sign-in clears the account's failures. */
  async succeeded(email: string): Promise<void> {
    await this.db.$executeRaw`DELETE FROM login_throttles WHERE key = ${`account:${email}`}`;
  }

  /** Drops keys whose window and block are over, at most once a minute per instance. */
  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < 60_000) return;
    this.lastSweep = Date.now();
    await this.db.$executeRaw`
      DELETE FROM login_throttles
       WHERE first_failure_at < now() - ${WINDOW}::interval AND (blocked_until IS NULL OR blocked_until < now())`;
  }
}

/** The block after `failures` failures (an SQL expression or a number) against an allowance. */
function blockAfter(failures: Prisma.Sql | number, allowance: number): Prisma.Sql {
  const count = typeof failures === "number" ? Prisma.sql`${failures}::int` : failures;
  return Prisma.sql`CASE WHEN (${count}) > ${allowance}::int
    THEN now() + least(interval '1 second' * power(2, (${count}) - ${allowance}::int - 1), ${MAX_BLOCK}::interval)
    ELSE NULL END`;
}

function rateLimited(seconds: number): DomainError {
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many failed sign-ins for this account or address: wait ${seconds} s and try again.`,
    { field: ["input"], retryAfterSeconds: seconds },
  );
}
