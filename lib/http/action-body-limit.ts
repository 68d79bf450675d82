import { formatBytes } from "@/lib/import/detect-file-kind";

/** The largest server-action body: next.config.mjs sets serverActions.bodySizeLimit (and the proxy's buffer) to the same 12 MB. */
export const ACTION_BODY_LIMIT_BYTES = 12 * 1024 * 1024;

/**
 * A 413 for a server-action request that says it is over the limit, before
 * Next reads it: Next itself would read up to the limit and then answer 500.
 * Null when the request may go on.
 */
export function oversizedActionResponse(headers: Headers): Response | null {
  const length = Number(headers.get("content-length") ?? 0);
  if (!(length > ACTION_BODY_LIMIT_BYTES)) return null;
  return new Response(
    `The upload is ${formatBytes(length)}; up to ${formatBytes(ACTION_BODY_LIMIT_BYTES)} can be sent at once. Choose a smaller file or paste the article's text.`,
    { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } },
  );
}
