import type { ApiSession } from "@/lib/http/api-handler";
import { idempotencyHeaders } from "@/lib/http/idempotency-key";
import { requestFingerprint } from "@/lib/http/request-fingerprint";
import type { BodySpec, RouteSpec } from "@/lib/http/route-spec";
import { idempotent } from "@/lib/server/idempotency/idempotent";

const SENTENCE =
  "Send an `Idempotency-Key` header (any unique string, e.g. a UUID) so that a retried request never creates twice: " +
  "a retry with the same key and body gets the first answer (`Idempotent-Replayed: true`) for a day.";
const STILL_RUNNING = "a request with this Idempotency-Key is still running";
const KEY_REUSED = "the Idempotency-Key was already used with a different request";

const joined = (declared: string | true | undefined, more: string) => (typeof declared === "string" ? `${declared}; or ${more}` : more.charAt(0).toUpperCase() + more.slice(1));

/** An idempotent route's description: its Idempotency-Key header, its 409 and 422, and a sentence saying how. */
export function withIdempotency<D extends RouteSpec>(spec: D): D {
  if (!spec.idempotent) return spec;
  return {
    ...spec,
    description: spec.description ? `${spec.description} ${SENTENCE}` : SENTENCE,
    headers: spec.headers ? spec.headers.extend(idempotencyHeaders.shape) : idempotencyHeaders,
    errors: { ...spec.errors, 409: joined(spec.errors?.[409], STILL_RUNNING), 422: joined(spec.errors?.[422], KEY_REUSED) },
  };
}

/**
 * Runs an idempotent route's handler once per (user, Idempotency-Key); a route
 * without the flag, or a request without a key, just runs. The key stands for
 * this method and path in this workspace, with this body.
 */
export async function runIdempotentRoute(spec: RouteSpec, body: BodySpec | undefined, request: Request, session: ApiSession | null, parsedBody: unknown, run: () => Promise<Response>): Promise<Response> {
  const key = request.headers.get("idempotency-key") ?? undefined;
  if (!spec.idempotent || !key || !session) return run();
  const { workspaceId } = await session.actor();
  const scope = `${spec.method.toUpperCase()} ${new URL(request.url).pathname} in ${workspaceId}`;
  return idempotent(session.userId, key, scope, await requestFingerprint(request, body, parsedBody), run);
}
