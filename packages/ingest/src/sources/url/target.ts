/**
 * Where a fetch may go: http(s) URLs only, and the address every connection really goes to
 * checked by the DNS lookup itself, so that a name resolving to a private address (or changing
 * its answer between checks) is refused unless private addresses are allowed.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { isPublicAddress } from "./address.ts";
import { PageFetchError } from "./error.ts";

const forbidden = (host: string) =>
  new PageFetchError(
    "URL_FORBIDDEN",
    `${host} is a private, loopback or reserved address; the server may not fetch it (set WHOSAID_ALLOW_PRIVATE_URLS=true to allow).`,
  );

/** A DNS lookup that fails when any address of the name is not public. */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    if (!addresses.length || addresses.some((a) => !isPublicAddress(a.address)))
      return callback(forbidden(hostname), "", 0);
    if (options.all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/** Parses and checks a URL to fetch (scheme, and an address literal's range). */
export function checkUrl(raw: string, allowPrivate: boolean): URL {
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
