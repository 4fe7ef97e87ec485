/**
 * Fetches an article page for `ingestArticle(input: { url })`: http(s) only, redirects followed
 * by hand (each hop checked again), a size cap and a time limit, and the address every connection
 * really goes to checked by the DNS lookup itself, so a name that resolves to a private address
 * (or changes its answer between checks) is refused unless private addresses are allowed.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPublicAddress } from "./address.ts";
import { decode, readBody, withoutScripts } from "./body.ts";
import { PageFetchError } from "./error.ts";

export { PageFetchError };

export interface FetchedPage {
  /** The page's address after redirects. */
  url: string;
  format: "html" | "text";
  body: string;
}

export interface PageFetchOptions {
  /** Let URLs reach loopback, private and link-local addresses (default false). */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

const forbidden = (host: string) =>
  new PageFetchError(
    "URL_FORBIDDEN",
    `${host} is a private, loopback or reserved address; the server may not fetch it (set WHOSAID_ALLOW_PRIVATE_URLS=true to allow).`,
  );

/** A DNS lookup that fails when any address of the name is not public. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    if (!addresses.length || addresses.some((a) => !isPublicAddress(a.address)))
      return callback(forbidden(hostname), "", 0);
    if (options.all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PageFetchError("URL_INVALID", `Not a URL: "${raw.slice(0, 200)}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new PageFetchError(
      "URL_INVALID",
      `Only http and https URLs can be fetched, not ${url.protocol}`,
    );
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // An address literal never reaches the lookup, so it is checked here.
  if (!allowPrivate && (isIP(host) ? !isPublicAddress(host) : /^localhost\.?$/i.test(host)))
    throw forbidden(host);
  return url;
}

function get(url: URL, options: Required<PageFetchOptions>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(url, {
      method: "GET",
      headers: {
        accept: "text/html,application/xhtml+xml,text/plain;q=0.8",
        "user-agent": "whosaid",
      },
      lookup: options.allowPrivate ? undefined : publicLookup,
      timeout: options.timeoutMs,
    });
    req.on("response", resolve);
    req.on("timeout", () =>
      req.destroy(new PageFetchError("URL_UNREACHABLE", `${url.host} did not answer in time.`)),
    );
    req.on("error", (error) =>
      reject(
        error instanceof PageFetchError
          ? error
          : new PageFetchError("URL_UNREACHABLE", `Could not fetch ${url.host}: ${error.message}`),
      ),
    );
    req.end();
  });
}

/** Fetches an article page (HTML or plain text) under the rules above. */
export async function fetchPage(raw: string, opts: PageFetchOptions = {}): Promise<FetchedPage> {
  const options = {
    allowPrivate: false,
    maxBytes: 5 * 1024 * 1024,
    timeoutMs: 15_000,
    maxRedirects: 5,
    ...opts,
  };
  let url = checkUrl(raw, options.allowPrivate);
  for (let hop = 0; ; hop++) {
    const res = await get(url, options);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= options.maxRedirects)
        throw new PageFetchError("URL_UNREACHABLE", `More than ${options.maxRedirects} redirects.`);
      url = checkUrl(new URL(res.headers.location, url).href, options.allowPrivate);
      continue;
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
    return { url: url.href, format, body: format === "html" ? withoutScripts(body) : body };
  }
}
