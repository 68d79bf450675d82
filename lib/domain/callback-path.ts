/** The request header the proxy puts the asked-for page in (path and query), for the sign-in redirect. */
export const REQUESTED_PATH_HEADER = "x-crosscheck-path";

/**
 * Where to go after signing in: the page that was asked for when it is a path
 * of this site (never another origin, "//host" or "/\\host"), else the articles.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/articles"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value) || value.startsWith("/login") || value.startsWith("/api/")) return fallback;
  return value;
}

/** The sign-in page's address, carrying the page to come back to. */
export function loginPath(requested: string | null | undefined, ended?: string): string {
  const params = new URLSearchParams();
  if (ended) params.set("ended", ended);
  const back = safeCallbackPath(requested, "");
  if (back && back !== "/articles") params.set("callbackUrl", back);
  const query = params.toString();
  return query ? `/login?${query}` : "/login";
}
