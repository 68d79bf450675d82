/**
 * The security headers of every page, decided per request because the nonce
 * is new each time and HSTS depends on the public URL the server runs under
 * (Permissions-Policy and the fixed ones are in next.config.mjs, for every route).
 */
export function securityHeaders({ nonce, https, development }: { nonce: string; https: boolean; development: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // Only scripts carrying this response's nonce run, and what they load ('strict-dynamic'): no inline
    // script an imported article smuggled in, no event-handler attribute, no javascript: URL.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
    // The editor and React set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Nothing from another host: an imported article's images and fonts stay unloaded.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
