import "server-only";
/**
 * Options for transactions that write a whole article: a 1 MB article means
 * thousands of passages (and on correction, thousands of re-anchored claims),
 * which takes longer than Prisma's default 5 s interactive-transaction limit.
 */
export const BIG_WRITE = { timeout: 120_000, maxWait: 10_000 } as const;
