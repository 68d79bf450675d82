/**
 * A 400 in the API's error shape for a path whose %-encoding does not decode
 * to text (say `/api/v1/articles/%ED%A0%80`, half a surrogate pair): Next
 * would fail to decode the route parameter and answer a plain-text 500.
 * Null when the path is fine.
 */
export function malformedPathResponse(url: string): Response | null {
  const path = new URL(url).pathname;
  try {
    const decoded = decodeURIComponent(path);
    if (!/\u0000/.test(decoded)) return null;
  } catch {
    // Falls through to the 400 below.
  }
  return Response.json(
    { error: { code: "VALIDATION", message: "The address has a %-encoded part that is not valid text (or encodes a NUL character). Check the id in the URL." } },
    { status: 400 },
  );
}
