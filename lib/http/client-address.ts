type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address for rate limiting. Behind a proxy, the first hop of
 * X-Forwarded-For is the client (set TRUST_PROXY=false to ignore the header).
 */
export function clientAddress(headers: HeaderBag): string {
  if (process.env.TRUST_PROXY !== "false") {
    const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return header(headers, "x-real-ip") ?? "unknown";
}
