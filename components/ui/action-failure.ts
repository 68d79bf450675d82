/**
 * What to tell the user when calling a server action failed outright, so no
 * ActionResult came back. Refusals never land here: the server answers those
 * (4xx-class AppErrors, and its own 5xx-class INTERNAL/UNAVAILABLE) as an
 * ActionResult whose message is shown as it is. What is left is the
 * transport: the request never reached the server (fetch rejects with a
 * TypeError), the page is older than the running app (Next's
 * UnrecognizedActionError), or the server or a proxy in front of it failed.
 * `outcome` says what did not happen, e.g. "nothing was imported".
 */
export function actionFailure(error: unknown, outcome: string): { code: string; message: string } {
  if (error instanceof TypeError) {
    return { code: "NETWORK", message: `Could not reach the server, so ${outcome}. Check your connection and try again.` };
  }
  if ((error as Error | null)?.name === "UnrecognizedActionError") {
    return { code: "STALE_PAGE", message: `Crosscheck was updated since this page was opened, so ${outcome}. Reload the page and try again.` };
  }
  const digest = (error as { digest?: unknown } | null)?.digest;
  const reference = typeof digest === "string" ? ` (error reference ${digest})` : "";
  return {
    code: "SERVER_ERROR",
    message: `The server ran into an error${reference}, so ${outcome}. Try again in a moment; if it keeps happening, tell your administrator.`,
  };
}
