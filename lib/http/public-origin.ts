/**
 * The origin links and annotation ids are written with: PUBLIC_URL (or
 * NEXTAUTH_URL) when set, as a proxy may hide the public one; else the request's.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.PUBLIC_URL || process.env.NEXTAUTH_URL;
  try {
    if (configured) return new URL(configured).origin;
  } catch {
    // A malformed setting falls back to the request.
  }
  return new URL(request.url).origin;
}
