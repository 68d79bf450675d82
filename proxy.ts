import { NextResponse, type NextRequest } from "next/server";
import { oversizedActionResponse } from "@/lib/http/action-body-limit";
import { malformedPathResponse } from "@/lib/http/malformed-path";
import { REQUESTED_PATH_HEADER } from "@/lib/domain/callback-path";
import { securityHeaders } from "@/lib/http/security-headers";

/**
 * Runs before every page: a fresh CSP nonce, which Next reads from the
 * request's Content-Security-Policy header and puts on its own scripts (pages
 * render dynamically, see app/layout.tsx), and the security headers; and a
 * 413 for a server action whose body is over the limit.
 */
export function proxy(request: NextRequest) {
  // The API (third matcher): only a path that cannot be decoded is answered here.
  if (request.nextUrl.pathname.startsWith("/api/")) return malformedPathResponse(request.url) ?? NextResponse.next();
  // A server action (matched by the second matcher below) is only checked for its declared size.
  if (request.headers.has("next-action")) return oversizedActionResponse(request.headers) ?? NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders({
    nonce,
    https: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  // The page asked for, so a sign-in redirect can come back to it (lib/auth/page-actor).
  requestHeaders.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: the API answers JSON (its headers come from next.config.mjs), static files need no nonce.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      // Server actions post to page URLs: leave their bodies alone (a proxy would buffer them, capped at 10 MB).
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      // Server actions: an upload over the limit gets a 413 with a message (Next would answer 500).
      // next.config.mjs lets the proxy buffer as much as an action may carry.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      has: [{ type: "header", key: "next-action" }],
    },
    // API paths, for malformed %-encoding only (bodies up to the 12 MB the config lets the proxy buffer pass untouched).
    "/api/:path*",
  ],
};
