import type { PrismaClient } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";

export interface LoginLimits {
  /** Failed sign-ins an account may have in the window before it is throttled. */
  failuresPerAccount: number;
  /** Failed sign-ins a client address may have in the window before it is throttled. */
  failuresPerAddress: number;
}

/** Failures older than this are forgotten. */
const WINDOW_MS = 60 * 60 * 1000;
/** The longest a key is blocked after one more failure. */
const MAX_BLOCK_MS = 15 * 60 * 1000;

/** How long a key is blocked once it has `failures` failures against an allowance (0: not blocked). */
export function blockAfter(failures: number, allowance: number): number {
  if (failures <= allowance) return 0;
  // Capped before it is raised to a power: 2^20 s is beyond the longest block already.
  return Math.min(1000 * 2 ** Math.min(failures - allowance - 1, 20), MAX_BLOCK_MS);
}

interface Row {
  failures: number;
  first_failure_at: Date;
  blocked_until: Date | null;
  now: Date;
}

/**
 * Throttles sign-in per account and per client address, with exponential backoff, shared by
 * every instance through PostgreSQL. Failures are counted per key within a one-hour window;
 * once a key is past its allowance, each further failure blocks it for twice as long as the
 * one before (1 s, 2 s, 4 s … up to 15 minutes), and a blocked key is refused RATE_LIMITED,
 * with the seconds to wait, before any password is checked.
 *
 * An attempt is counted as a failure *before* its password is checked (reserve), under a row
 * lock, so concurrent guesses cannot all slip through between a check and their recording; a
 * successful sign-in then takes its count back (succeeded): it clears the account's failures,
 * and gives the address back the one it reserved (one good password must not launder an
 * address that is guessing at others). Unknown e-mail addresses are counted like known ones,
 * so the throttle tells nothing about which accounts exist.
 */
export class LoginThrottle {
  private lastSweep = 0;

  constructor(
    private readonly db: PrismaClient,
    private readonly limits: LoginLimits,
  ) {}

  private keys(email: string, address: string | null) {
    return [
      { key: `account:${email}`, allowance: this.limits.failuresPerAccount },
      ...(address ? [{ key: `address:${address}`, allowance: this.limits.failuresPerAddress }] : []),
    ];
  }

  /**
   * Counts an attempt against the account and the address, or throws RATE_LIMITED (counting
   * nothing) when either is blocked now. Keys are locked in a fixed order: no deadlocks.
   */
  async reserve(email: string, address: string | null): Promise<void> {
    await this.db.$transaction(async (tx) => {
      for (const { key, allowance } of this.keys(email, address)) {
        await tx.$executeRaw`
          INSERT INTO login_throttles (key, failures, first_failure_at) VALUES (${key}, 0, now())
          ON CONFLICT (key) DO NOTHING`;
        const [row] = await tx.$queryRaw<Row[]>`
          SELECT failures, first_failure_at, blocked_until, now() AS now
            FROM login_throttles WHERE key = ${key} FOR UPDATE`;
        const now = row!.now.getTime();
        if (row!.blocked_until && row!.blocked_until.getTime() > now) {
          throw rateLimited(Math.ceil((row!.blocked_until.getTime() - now) / 1000));
        }
        const fresh = now - row!.first_failure_at.getTime() > WINDOW_MS;
        const failures = fresh ? 1 : row!.failures + 1;
        const block = blockAfter(failures, allowance);
        await tx.$executeRaw`
          UPDATE login_throttles
             SET failures = ${failures},
                 first_failure_at = ${fresh ? new Date(now) : row!.first_failure_at},
                 blocked_until = ${block ? new Date(now + block) : null}
           WHERE key = ${key}`;
      }
    });
    await this.sweep();
  }

  /** A successful sign-in: the account's failures are cleared, the address's reservation returned. */
  async succeeded(email: string, address: string | null): Promise<void> {
    await this.db.$executeRaw`DELETE FROM login_throttles WHERE key = ${`account:${email}`}`;
    if (address) {
      await this.db.$executeRaw`
        UPDATE login_throttles SET failures = greatest(failures - 1, 0) WHERE key = ${`address:${address}`}`;
    }
  }

  /** Drops keys whose window and block are over, at most once a minute per instance. */
  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < 60_000) return;
    this.lastSweep = Date.now();
    await this.db.$executeRaw`
      DELETE FROM login_throttles
       WHERE first_failure_at < now() - ${`${WINDOW_MS} milliseconds`}::interval
         AND (blocked_until IS NULL OR blocked_until < now())`;
  }
}

function rateLimited(seconds: number): DomainError {
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many failed sign-ins for this account or address: wait ${seconds} s and try again.`,
    { field: ["input"], retryAfterSeconds: seconds },
  );
}
