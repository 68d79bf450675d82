/** Thin fetch wrappers for /api/v1, used by the annotator. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  /** Worth retrying: the request may not have reached a healthy server. */
  get retryable() {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

/** Sends a JSON request; throws ApiError (status 0 when the network failed). */
export async function api<T>(method: string, path: string, body?: unknown, extraHeaders?: Record<string, string>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? extraHeaders : { "Content-Type": "application/json", ...extraHeaders },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "NETWORK", "No connection to the server.");
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error ?? {};
    throw new ApiError(response.status, error.code ?? "HTTP", error.message ?? `The server answered ${response.status}.`, error.details);
  }
  return payload as T;
}
