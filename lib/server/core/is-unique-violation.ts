import "server-only";

/**
 * Whether a write lost a race to a unique index (Prisma's P2002). The loser's
 * transaction is rolled back; callers retry it to find the winner's row.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
