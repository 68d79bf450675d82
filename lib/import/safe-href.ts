const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Returns the absolute form of a link target when it is http, https or
 * mailto, and undefined otherwise (javascript:, data:, unresolvable relative
 * links). Relative targets resolve against `baseUrl` when one is given.
 */
export function safeHref(raw: string | null | undefined, baseUrl?: string): string | undefined {
  // Control characters and whitespace inside a scheme are a classic filter bypass.
  const href = raw?.replace(/[\u0000-\u001F\u007F\s]+/g, "");
  if (!href) return undefined;
  try {
    const url = baseUrl ? new URL(href, baseUrl) : new URL(href);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
