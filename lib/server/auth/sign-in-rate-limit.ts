import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/domain/errors";

/** Failures of one account from one address before each further attempt must wait. */
const FREE_FAILURES = Number(process.env.SIGNIN_FREE_FAILURES ?? 5);
/** The first wait; each further failure doubles it, up to MAX_DELAY_SECONDS. */
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;
/** Failures of one account from addresses it never signed in from, per hour (distributed guessing). */
const ACCOUNT_FAILURES = Number(process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT ?? 50);
/** Failures from one address across accounts, per 15 minutes (password spraying). */
const ADDRESS_FAILURES = Number(process.env.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS ?? 20);
/** How long an address an account signed in from stays "known" to it. */
const KNOWN_SECONDS = 30 * 24 * 60 * 60;

/**
 * The wait before the next attempt after `beyond` failures past the free ones
 * (0 → 30 s, 1 → 60 s, … capped at 15 minutes): OWASP's growing delays.
 */
export function signInDelaySeconds(beyond: number): number {
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.min(beyond, 20));
}

interface Limiters {
  /** Consecutive attempts per (account, address); cleared by a success. */
  pairAttempts: RateLimiterPostgres;
  /** One attempt per delay window once the free failures are used up. */
  pairGate: RateLimiterPostgres;
  account: RateLimiterPostgres;
  address: RateLimiterPostgres;
  /** (account, address) pairs that signed in successfully: exempt from the two ceilings. */
  known: RateLimiterPostgres;
}

const globalForLimiter = globalThis as unknown as { crosscheckSignInLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimiter.crosscheckSignInLimiters) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    // An idle connection the server drops (restart, outage) must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    // The table is created by our migrations (model RateLimit), not by the library.
    const store = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true };
    globalForLimiter.crosscheckSignInLimiters = {
      pairAttempts: new RateLimiterPostgres({ ...store, keyPrefix: "signin_pair", points: 1_000_000, duration: 24 * 60 * 60 }),
      pairGate: new RateLimiterPostgres({ ...store, keyPrefix: "signin_pair_gate", points: 1, duration: FIRST_DELAY_SECONDS }),
      account: new RateLimiterPostgres({ ...store, keyPrefix: "signin_account", points: ACCOUNT_FAILURES, duration: 60 * 60 }),
      address: new RateLimiterPostgres({ ...store, keyPrefix: "signin_address", points: ADDRESS_FAILURES, duration: 15 * 60 }),
      known: new RateLimiterPostgres({ ...store, keyPrefix: "signin_known", points: 1, duration: KNOWN_SECONDS }),
    };
  }
  return globalForLimiter.crosscheckSignInLimiters;
}

function rateLimited(error: unknown): unknown {
  if (!(error instanceof RateLimiterRes)) return error;
  const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return new AppError("RATE_LIMITED", `Too many sign-in attempts. Try again in ${wait}.`);
}

/** What the caller reports once the password has been checked. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

/**
 * Admits one sign-in attempt or throws RATE_LIMITED. Throttling is per
 * (account, address): the first failures are free, then each attempt waits a
 * doubling delay, so an attacker elsewhere never locks the owner out. Two
 * looser ceilings count failures per account (distributed guessing) and per
 * address (spraying one password over many accounts); neither applies from an
 * address the account has signed in from before. All counters live in Postgres.
 */
export async function beginSignInAttempt(email: string, address: string): Promise<SignInAttempt> {
  const l = limiters();
  const pair = `${email}|${address}`;
  const known = (await l.known.get(pair)) !== null;
  const charged: [RateLimiterPostgres, string][] = [];
  const refund = () => Promise.all(charged.map(([limiter, key]) => limiter.reward(key)));
  try {
    if (!known) {
      for (const [limiter, key] of [[l.account, email], [l.address, address]] as const) {
        await limiter.consume(key);
        charged.push([limiter, key]);
      }
    }
    const attempt = (await l.pairAttempts.consume(pair)).consumedPoints;
    charged.push([l.pairAttempts, pair]);
    // Past the free failures the gate admits one attempt per window, atomically: a burst gets one through.
    if (attempt > FREE_FAILURES) await l.pairGate.consume(pair, 1, { customDuration: signInDelaySeconds(attempt - FREE_FAILURES) });
    return {
      async succeeded() {
        await Promise.all([l.pairAttempts.delete(pair), l.pairGate.delete(pair), l.known.set(pair, 1, KNOWN_SECONDS)]);
        await Promise.all(charged.filter(([limiter]) => limiter !== l.pairAttempts).map(([limiter, key]) => limiter.reward(key)));
      },
      async failed() {
        // The last free failure closes the gate for the first delay.
        if (attempt === FREE_FAILURES) await l.pairGate.consume(pair, 1, { customDuration: signInDelaySeconds(0) }).catch(() => {});
      },
    };
  } catch (error) {
    await refund().catch(() => {});
    throw rateLimited(error);
  }
}
