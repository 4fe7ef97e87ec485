/**
 * Fetches an article page for `ingestArticle(input: { url })`: http(s) only, redirects followed
 * by hand (each hop checked again, see target.ts), a size cap, and one deadline for the whole
 * fetch (lookup, connect, every redirect and the body), so that a server dripping a byte at a
 * time cannot hold a request.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { decode, readBody, withoutScripts } from "./body.ts";
import { PageFetchError } from "./error.ts";
import { checkUrl, publicLookup } from "./target.ts";

export { PageFetchError };

export interface FetchedPage {
  /** The page's address after redirects. */
  url: string;
  format: "html" | "text";
  body: string;
  /** The response's validators, for a conditional request next time. */
  etag: string | null;
  lastModified: string | null;
}

export interface PageFetchOptions {
  /** Let URLs reach loopback, private and link-local addresses (default false). */
  allowPrivate?: boolean;
  maxBytes?: number;
  /** Deadline for the whole fetch, redirects and body included (default 15 s). */
  timeoutMs?: number;
  maxRedirects?: number;
  /**
   * Request headers over the defaults (accept, user-agent "whosaid"): a feed reader's own user
   * agent and accept, If-None-Match / If-Modified-Since for a conditional request.
   */
  headers?: Record<string, string>;
}

function get(
  url: URL,
  options: Required<PageFetchOptions>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(url, {
      method: "GET",
      headers: {
        accept: "text/html,application/xhtml+xml,text/plain;q=0.8",
        "user-agent": "whosaid",
        ...options.headers,
      },
      lookup: options.allowPrivate ? undefined : publicLookup,
      // Aborting destroys the socket, which also ends a response body still being read.
      signal,
      // A fresh connection each time: a pooled one may be closing at the server's end (its
      // keep-alive timeout) just as it is reused, which fails the fetch with ECONNRESET.
      agent: false,
    });
    req.on("response", resolve);
    req.on("error", (error) =>
      reject(
        error instanceof PageFetchError || signal.aborted
          ? timedOutOr(error, signal)
          : new PageFetchError("URL_UNREACHABLE", `Could not fetch ${url.host}: ${error.message}`),
      ),
    );
    req.end();
  });
}

/** The deadline's error when the fetch was stopped by it, else `error` itself. */
function timedOutOr(error: unknown, signal: AbortSignal): unknown {
  return signal.aborted && signal.reason instanceof PageFetchError ? signal.reason : error;
}

/** Fetches an article page (HTML or plain text) under the rules above. */
export async function fetchPage(raw: string, opts: PageFetchOptions = {}): Promise<FetchedPage> {
  const options = {
    allowPrivate: false,
    maxBytes: 5 * 1024 * 1024,
    timeoutMs: 15_000,
    maxRedirects: 5,
    headers: {},
    ...opts,
  };
  const deadline = new AbortController();
  const timer = setTimeout(() => {
    const seconds = Math.round(options.timeoutMs / 100) / 10;
    deadline.abort(
      new PageFetchError("URL_TIMEOUT", `The page did not arrive in full within ${seconds} s.`),
    );
  }, options.timeoutMs);
  try {
    return await fetchWithin(raw, options, deadline.signal);
  } catch (error) {
    throw timedOutOr(error, deadline.signal);
  } finally {
    clearTimeout(timer);
  }
}

const header = (res: IncomingMessage, name: string) => {
  const value = res.headers[name];
  return typeof value === "string" ? value : null;
};

/** A Retry-After header (seconds or an HTTP date) in milliseconds; a minute when absent or odd. */
function retryAfterMs(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw && /^\d+$/.test(raw.trim())) return Number(raw.trim()) * 1000;
  const date = raw ? Date.parse(raw) : Number.NaN;
  return Number.isNaN(date) ? 60_000 : Math.max(0, date - Date.now());
}

async function fetchWithin(
  raw: string,
  options: Required<PageFetchOptions>,
  signal: AbortSignal,
): Promise<FetchedPage> {
  let url = checkUrl(raw, options.allowPrivate);
  for (let hop = 0; ; hop++) {
    const res = await get(url, options, signal);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= options.maxRedirects)
        throw new PageFetchError("URL_UNREACHABLE", `More than ${options.maxRedirects} redirects.`);
      url = checkUrl(new URL(res.headers.location, url).href, options.allowPrivate);
      continue;
    }
    if (status === 304) {
      res.resume();
      throw new PageFetchError("NOT_MODIFIED", `${url.host} answered 304 Not Modified.`);
    }
    if (status === 429 || (status === 503 && res.headers["retry-after"])) {
      res.resume();
      const wait = retryAfterMs(res.headers["retry-after"]);
      throw new PageFetchError("URL_RATE_LIMITED", `${url.host} answered HTTP ${status}.`, wait);
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new PageFetchError("URL_UNREACHABLE", `${url.host} answered HTTP ${status}.`);
    }
    const type = String(res.headers["content-type"] ?? "").toLowerCase();
    const format = /html|xml/.test(type) ? "html" : type.startsWith("text/plain") ? "text" : null;
    if (!format) {
      res.resume();
      throw new PageFetchError(
        "URL_NOT_ARTICLE",
        `Not an article page: the URL serves ${type || "no content type"}.`,
      );
    }
    const body = decode(await readBody(res, options.maxBytes), type);
    return {
      url: url.href,
      format,
      body: format === "html" ? withoutScripts(body) : body,
      etag: header(res, "etag"),
      lastModified: header(res, "last-modified"),
    };
  }
}
