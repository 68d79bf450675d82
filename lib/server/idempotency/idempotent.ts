import "server-only";
import { runOnce } from "@/lib/server/idempotency/run-once";

export { IDEMPOTENCY_TTL_MS } from "@/lib/server/idempotency/run-once";

/**
 * Runs a creating API request once per Idempotency-Key (per user), see
 * runOnce: a retry with the same key and body gets the first response's
 * status and JSON body again (with `Idempotent-Replayed: true`). Without a
 * key the request simply runs.
 */
export async function idempotent(userId: string, key: string | undefined, scope: string, body: unknown, run: () => Promise<Response>): Promise<Response> {
  if (!key) return run();
  let response: Response | undefined;
  const outcome = await runOnce(userId, key, scope, body, async () => {
    response = await run();
    return { status: response.status, body: await response.clone().json().catch(() => null) };
  });
  if (response) return response;
  return Response.json(outcome.body, { status: outcome.status, headers: { "idempotent-replayed": "true" } });
}
