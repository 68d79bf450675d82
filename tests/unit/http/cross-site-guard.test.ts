import { describe, expect, it } from "vitest";
import { assertSameSiteWrite } from "@/lib/http/cross-site-guard";

const JSON_ONLY = ["application/json"];
const post = (headers: Record<string, string>, method = "POST") =>
  new Request("http://127.0.0.1:4600/api/v1/articles", { method, headers: { host: "127.0.0.1:4600", ...headers } });
const code = (fn: () => void) => {
  try {
    fn();
    return "OK";
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe("cookie-signed writes must be the app's own", () => {
  it("refuses writes another site's page sends, by Sec-Fetch-Site or by Origin", () => {
    const json = { "content-type": "application/json", "content-length": "2" };
    expect(code(() => assertSameSiteWrite(post({ ...json, "sec-fetch-site": "same-site", origin: "http://127.0.0.1:4700" }), JSON_ONLY))).toBe("FORBIDDEN");
    expect(code(() => assertSameSiteWrite(post({ ...json, "sec-fetch-site": "cross-site" }), JSON_ONLY))).toBe("FORBIDDEN");
    // No Sec-Fetch-Site (plain-http hosts, older browsers): Origin decides, port included.
    expect(code(() => assertSameSiteWrite(post({ ...json, origin: "http://127.0.0.1:4700" }), JSON_ONLY))).toBe("FORBIDDEN");
    expect(code(() => assertSameSiteWrite(post({ ...json, origin: "null" }), JSON_ONLY))).toBe("FORBIDDEN");
    expect(code(() => assertSameSiteWrite(post({ ...json, "sec-fetch-site": "cross-site" }, "DELETE"), JSON_ONLY))).toBe("FORBIDDEN");
  });

  it("accepts the app's own writes, reads from anywhere, and clients that are no browser", () => {
    const json = { "content-type": "application/json; charset=utf-8", "content-length": "2" };
    expect(code(() => assertSameSiteWrite(post({ ...json, "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:4600" }), JSON_ONLY))).toBe("OK");
    expect(code(() => assertSameSiteWrite(post({ ...json, origin: "http://127.0.0.1:4600" }), JSON_ONLY))).toBe("OK");
    expect(code(() => assertSameSiteWrite(post(json), JSON_ONLY))).toBe("OK");
    expect(code(() => assertSameSiteWrite(post({ "sec-fetch-site": "cross-site" }, "GET"), JSON_ONLY))).toBe("OK");
    expect(code(() => assertSameSiteWrite(post({ "sec-fetch-site": "same-origin" }, "DELETE"), JSON_ONLY))).toBe("OK");
  });

  it("takes only the body types the route accepts", () => {
    const own = { "sec-fetch-site": "same-origin", "content-length": "10" };
    expect(code(() => assertSameSiteWrite(post({ ...own, "content-type": "text/plain;charset=UTF-8" }), JSON_ONLY))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(code(() => assertSameSiteWrite(post({ ...own, "content-type": "application/x-www-form-urlencoded" }), JSON_ONLY))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(code(() => assertSameSiteWrite(post({ ...own, "content-type": "multipart/form-data; boundary=x" }), JSON_ONLY))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(code(() => assertSameSiteWrite(post({ ...own, "content-type": "multipart/form-data; boundary=x" }), ["application/json", "multipart/form-data"]))).toBe("OK");
    expect(code(() => assertSameSiteWrite(post(own), JSON_ONLY))).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});
