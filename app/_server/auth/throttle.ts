import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db/client";

const MINUTE = 60;

/**
 * How many failed sign-ins are allowed, in seconds and counts. Every attempt is counted before
 * its password is checked (so a burst of parallel requests cannot slip past a limit), and a
 * success gives the count back.
 */
export const SIGN_IN_LIMITS = {
  // One account from one address: the usual brute-force guard.
  pair: { points: 10, duration: 15 * MINUTE },
  // One account from anywhere: only an account under a spread-out attack ever reaches this.
  account: { points: 100, duration: 60 * MINUTE },
  // One address, every account: past this the address is "hot", and an account that has
  // already failed from it may try only once a minute. An account's first attempt is always
  // checked, so a user sharing the address with an attacker still gets in with their password.
  address: { points: 50, duration: 15 * MINUTE },
  slow: { points: 1, duration: MINUTE },
};

export type ThrottleVerdict = { ok: true; release: () => Promise<void> } | { ok: false; retryAfterMs: number };

/**
 * Sign-in attempt counters kept in the database (rate-limiter-flexible's Prisma store, table
 * SignInThrottle), so they hold across restarts and across instances sharing the database.
 */
export class SignInThrottle {
  private readonly pair: RateLimiterPrisma;
  private readonly account: RateLimiterPrisma;
  private readonly address: RateLimiterPrisma;
  private readonly slow: RateLimiterPrisma;

  constructor(db: Db, limits = SIGN_IN_LIMITS) {
    const make = (keyPrefix: string, l: { points: number; duration: number }) =>
      new RateLimiterPrisma({ storeClient: db, tableName: "signInThrottle", keyPrefix, ...l });
    this.pair = make("pair", limits.pair);
    this.account = make("acct", limits.account);
    this.address = make("addr", limits.address);
    this.slow = make("slow", limits.slow);
  }

  /**
   * Counts an attempt for `email` from `address`. When it may go ahead, call `release()` after
   * a correct password (the attempt then counts as no failure anywhere).
   */
  async attempt(email: string, address: string): Promise<ThrottleVerdict> {
    const pairKey = `${email}|${address}`;
    const [pair, account, addr] = await Promise.all([consume(this.pair, pairKey), consume(this.account, email), consume(this.address, address)]);
    if (!pair.ok) return { ok: false, retryAfterMs: pair.res.msBeforeNext };
    if (!account.ok) return { ok: false, retryAfterMs: account.res.msBeforeNext };
    const failedBefore = pair.res.consumedPoints > 1;
    if (!addr.ok && failedBefore) {
      const slow = await consume(this.slow, pairKey);
      if (!slow.ok) return { ok: false, retryAfterMs: slow.res.msBeforeNext };
    }
    return {
      ok: true,
      release: async () => {
        await Promise.all([this.pair.delete(pairKey), this.account.reward(email, 1), this.address.reward(address, 1)]);
      },
    };
  }
}

async function consume(limiter: RateLimiterPrisma, key: string): Promise<{ ok: boolean; res: RateLimiterRes }> {
  try {
    return { ok: true, res: await limiter.consume(key) };
  } catch (e) {
    // A limit reached rejects with the counter; anything else (the database) is a real error.
    if (e instanceof RateLimiterRes) return { ok: false, res: e };
    throw e;
  }
}
