import http from "node:http";

/** What one sign-in attempt through NextAuth's credentials endpoint answered. */
export interface SignInAnswer {
  ok: boolean;
  /** The message the sign-in form would show (NextAuth's `error`), when it failed. */
  error: string | null;
  /** The session cookie, when it succeeded. */
  cookie: string | null;
}

function request(url: string, options: http.RequestOptions, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const cookiesOf = (headers: http.IncomingHttpHeaders) => (headers["set-cookie"] ?? []).map((c) => c.split(";")[0]);

/**
 * Signs in as the browser's form does (CSRF token, then the credentials
 * callback), from a chosen loopback address: Linux routes all of 127.0.0.0/8
 * to the loopback interface, so each address is a different client to the
 * server. `headers` adds request headers (say a forged X-Forwarded-For).
 */
export async function signInOverHttp(baseURL: string, email: string, password: string, { from = "127.0.0.1", headers = {} }: { from?: string; headers?: Record<string, string> } = {}): Promise<SignInAnswer> {
  const options = { localAddress: from, agent: false as const };
  const csrf = await request(`${baseURL}/api/auth/csrf`, { ...options, headers });
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseURL}/articles` }).toString();
  const answer = await request(`${baseURL}/api/auth/callback/credentials`, {
    ...options,
    method: "POST",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf.headers).join("; ") },
  }, body);
  const url = new URL((JSON.parse(answer.text) as { url: string }).url, baseURL);
  const error = url.searchParams.get("error");
  const cookie = cookiesOf(answer.headers).find((c) => c.includes("session-token")) ?? null;
  return { ok: !error && cookie !== null, error, cookie };
}
