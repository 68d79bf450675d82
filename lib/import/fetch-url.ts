import http, { STATUS_CODES, type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { AppError } from "@/lib/domain/errors";
import { importByteLimit } from "@/lib/import/detect-file-kind";
import { decodeResponseBody, readResponseBody } from "@/lib/import/read-response-body";
import { allowPrivateUrls, resolvePublicHost, type ResolvedAddress } from "@/lib/import/resolve-public-host";

/** Limits for fetchArticleUrl; the defaults suit interactive imports. */
export interface FetchArticleOptions {
  /** Whole-operation deadline, redirects and body included. Default 10 000 ms. */
  timeoutMs?: number;
  /** Body size cap after decompression. Default importByteLimit(). */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Lets the caller cancel (e.g. the user's request went away). */
  signal?: AbortSignal;
}

/** A fetched page: its final address, media type and decoded text. */
export interface FetchedArticle {
  /** The address after redirects. */
  finalUrl: string;
  /** Media type without parameters, e.g. "text/html". */
  contentType: string;
  body: string;
}

const ACCEPTED_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  "user-agent": "Mozilla/5.0 (compatible; CrosscheckImporter/1.0; fact-check workbench)",
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
  "accept-encoding": "gzip, deflate, br",
};

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("VALIDATION", `“${raw}” is not a valid web address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("VALIDATION", `Only http:// and https:// addresses can be imported, not “${url.protocol}”.`);
  }
  if (url.username || url.password) {
    throw new AppError("VALIDATION", "Addresses containing a user name or password cannot be imported.");
  }
  return url;
}

/** Answers Node's DNS lookup with the addresses already checked, so the connection cannot be re-pointed (DNS rebinding). */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

function get(url: URL, addresses: ResolvedAddress[], signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false, so no pooled socket opened for an unchecked address is ever reused.
    const req = client.request(url, { headers: HEADERS, lookup: pinnedLookup(addresses), signal, agent: false }, resolve);
    req.on("error", reject);
    req.end();
  });
}

/** DNS lookups cannot be cancelled, so the deadline races them. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

function networkError(error: unknown, url: URL): AppError {
  const code = (error as NodeJS.ErrnoException)?.code ?? "";
  const reason = code === "ECONNREFUSED" ? "the site refused the connection"
    : /CERT|SSL|TLS/.test(code) ? "its security certificate could not be verified"
    : "the site could not be reached";
  return new AppError("UPSTREAM", `Could not load ${url.href}: ${reason}.`);
}

/**
 * Fetches an article page server-side, guarded against server-side request
 * forgery: http(s) only; every host, including each redirect target, is
 * resolved and refused when any address is not public (unless
 * IMPORT_ALLOW_PRIVATE_URLS=true), and the connection is pinned to the
 * checked addresses. At most 5 redirects are followed by hand. Errors:
 * VALIDATION (bad or private address), UPSTREAM (timeout, non-2xx, network),
 * UNSUPPORTED_MEDIA_TYPE (not HTML/text/Markdown), PAYLOAD_TOO_LARGE.
 */
export async function fetchArticleUrl(rawUrl: string, opts: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxBytes = opts.maxBytes ?? importByteLimit();
  const maxRedirects = opts.maxRedirects ?? 5;
  const allowPrivate = allowPrivateUrls();
  let url = parseHttpUrl(rawUrl);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signal = opts.signal ? AbortSignal.any([deadline.signal, opts.signal]) : deadline.signal;
  try {
    for (let redirects = 0; ; redirects++) {
      const addresses = await abortable(resolvePublicHost(url.hostname, { allowPrivate }), signal);
      const res = await get(url, addresses, signal);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.resume();
        if (redirects >= maxRedirects) {
          throw new AppError("UPSTREAM", `${rawUrl} redirected more than ${maxRedirects} times; open it in a browser and copy the final address.`);
        }
        url = parseHttpUrl(new URL(res.headers.location, url).href);
        continue;
      }
      if (status < 200 || status > 299) {
        res.resume();
        const answer = [status, STATUS_CODES[status]].filter(Boolean).join(" ");
        throw new AppError("UPSTREAM", `The site answered “${answer}” for ${url.href}.`);
      }
      const contentType = (res.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (!ACCEPTED_TYPES.has(contentType)) {
        res.destroy();
        throw new AppError("UNSUPPORTED_MEDIA_TYPE", `${url.href} is ${contentType ? `a ${contentType} file` : "of an unknown type"}, not a web page or text.`);
      }
      if (Number(res.headers["content-length"]) > maxBytes) {
        res.destroy();
        throw new AppError("PAYLOAD_TOO_LARGE", `The page at ${url.href} is larger than the import limit.`);
      }
      const bytes = await readResponseBody(res, maxBytes, url.href);
      return { finalUrl: url.href, contentType, body: decodeResponseBody(bytes, res.headers["content-type"]) };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (deadline.signal.aborted) {
      throw new AppError("UPSTREAM", `Loading ${url.href} timed out after ${Math.round(timeoutMs / 100) / 10} s.`);
    }
    if (opts.signal?.aborted) throw new AppError("UPSTREAM", `Loading ${url.href} was cancelled.`);
    throw networkError(error, url);
  } finally {
    clearTimeout(timer);
  }
}
