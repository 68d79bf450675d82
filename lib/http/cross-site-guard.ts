import { AppError } from "@/lib/domain/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The media type of a Content-Type header, lower-case and without parameters; null when absent. */
export function mediaType(contentType: string | null): string | null {
  const type = contentType?.split(";")[0].trim().toLowerCase();
  return type || null;
}

/** The origins the app answers on: the public URL (NEXTAUTH_URL) and whatever host the request was sent to. */
function isOwnOrigin(origin: string, request: Request): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, data: URLs) and garbage
  }
  const publicUrl = process.env.NEXTAUTH_URL;
  if (publicUrl && URL.canParse(publicUrl) && new URL(publicUrl).origin === url.origin) return true;
  // A browser always sends the host it is talking to; a page elsewhere cannot change it.
  const host = request.headers.get("host");
  return host !== null && host.toLowerCase() === url.host;
}

function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return request.headers.has("transfer-encoding");
}

/**
 * Refuses a cookie-authenticated write that a page of another site could have
 * sent: browsers mark every request with Sec-Fetch-Site (or, older ones and
 * plain-http hosts, with Origin), so a write must say "same-origin" or come
 * from the app's own origin; a request with neither header is no browser's
 * and carries no ambient cookie risk (Go's CrossOriginProtection works the
 * same way). A body must be of a type the route accepts (JSON, or multipart
 * for uploads): the text/plain and form bodies a cross-site form or no-cors
 * fetch can send never reach a parser.
 * @throws AppError FORBIDDEN (cross-site) or UNSUPPORTED_MEDIA_TYPE
 */
export function assertSameSiteWrite(request: Request, accepts: readonly string[]) {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const crossSite = site !== null ? site !== "same-origin" && site !== "none" : origin !== null && !isOwnOrigin(origin, request);
  if (crossSite) {
    throw new AppError("FORBIDDEN", "This request came from another site; sign-in cookies are not accepted for it. Use the app, or send an API token.");
  }
  const type = mediaType(request.headers.get("content-type"));
  if (type === null ? hasBody(request) : !accepts.includes(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the body as ${accepts.join(" or ")}.`);
  }
}
