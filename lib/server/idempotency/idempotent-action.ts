import "server-only";
import type { Actor } from "@/lib/domain/roles";
import { runOnce } from "@/lib/server/idempotency/run-once";

/**
 * Runs a creating server action once per key the form sent (per user and
 * workspace), see runOnce: a repeated submission (a double click, a retry
 * after a lost answer) gets the first result and creates nothing; the same
 * key with other input is IDEMPOTENCY_MISMATCH. Without a key it just runs.
 */
export async function idempotentAction<T>(actor: Actor, key: string | undefined, scope: string, input: unknown, run: () => Promise<T>): Promise<T> {
  if (!key) return run();
  const outcome = await runOnce(actor.userId, key, `action ${scope} in ${actor.workspaceId}`, input, async () => ({ status: 200, body: (await run()) ?? null }));
  return outcome.body as T;
}
