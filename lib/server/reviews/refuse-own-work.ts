import "server-only";
import { AppError } from "@/lib/domain/errors";

/**
 * Runs the review insert and turns the database's own refusal (the
 * ClaimReview_not_own_work trigger, which the app's policy check should have
 * pre-empted unless a contribution raced the review) into FORBIDDEN.
 */
export async function refuseOwnWork<T>(insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if (String((error as Error)?.message ?? "").includes("may not be reviewed by someone who created or changed it")) {
      throw new AppError("FORBIDDEN", "You created or changed this claim (or added its evidence), so another reviewer must review it.");
    }
    throw error;
  }
}
