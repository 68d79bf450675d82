import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/domain/errors";

// Per account: 5 failures in 15 minutes. Per address: 20 in 15 minutes (offices share one address).
const ACCOUNT_POINTS = Number(process.env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT ?? 5);
const ADDRESS_POINTS = Number(process.env.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS ?? 20);
const WINDOW_SECONDS = 15 * 60;

interface Limiters {
  account: RateLimiterPostgres;
  address: RateLimiterPostgres;
}

const globalForLimiter = globalThis as unknown as { crosscheckSignInLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimiter.crosscheckSignInLimiters) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    // The table is created by our migrations (model RateLimit), not by the library.
    const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, duration: WINDOW_SECONDS };
    globalForLimiter.crosscheckSignInLimiters = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: "signin_account", points: ACCOUNT_POINTS }),
      address: new RateLimiterPostgres({ ...common, keyPrefix: "signin_address", points: ADDRESS_POINTS }),
    };
  }
  return globalForLimiter.crosscheckSignInLimiters;
}

/** Counts one sign-in attempt; throws RATE_LIMITED when the account or address is over its budget. */
export async function consumeSignInAttempt(email: string, address: string) {
  const { account, address: byAddress } = limiters();
  try {
    await Promise.all([account.consume(email), byAddress.consume(address)]);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
      throw new AppError("RATE_LIMITED", `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
    throw error;
  }
}

/** A successful sign-in clears the account's failures (the address keeps its count). */
export async function resetSignInAttempts(email: string, _address: string) {
  await limiters().account.delete(email);
}
