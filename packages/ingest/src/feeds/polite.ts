/**
 * One request the way a feed reader must make it: robots.txt asked first, at most N requests per
 * host per minute shared by every worker, a host that answered 429 left alone for its
 * Retry-After, the same address checks and deadline as URL ingest, and a clear user agent.
 */
import { backOffHost, type Database, takeHostRequest } from "@whosaid/db";
import robotsParser from "robots-parser";
import { type FetchedPage, fetchPage, PageFetchError } from "../sources/url/page.ts";
import { checkUrl } from "../sources/url/target.ts";
import type { FeedFetchSettings } from "./settings.ts";

/** The request may not go now: try again in `waitMs` (not a failure of the job). */
export class RetryLater extends Error {
  constructor(
    readonly waitMs: number,
    message: string,
  ) {
    super(message);
  }
}

/** robots.txt forbids the URL to our user agent (a failure that retrying will not mend). */
export class RobotsRefusal extends Error {}

const ROBOTS_TTL_MS = 60 * 60 * 1000;
const robotsCache = new Map<string, { at: number; allows: (url: string) => boolean }>();

async function limited(db: Database, url: URL, settings: FeedFetchSettings): Promise<void> {
  const wait = await takeHostRequest(db, url.host, settings.perHostPerMinute);
  if (wait > 0)
    throw new RetryLater(
      wait,
      `${url.host}: at most ${settings.perHostPerMinute} requests a minute`,
    );
}

async function get(
  db: Database,
  url: URL,
  settings: FeedFetchSettings,
  headers: Record<string, string>,
): Promise<FetchedPage> {
  await limited(db, url, settings);
  try {
    return await fetchPage(url.href, {
      allowPrivate: settings.allowPrivate,
      timeoutMs: settings.timeoutMs,
      headers: { "user-agent": settings.userAgent, ...headers },
    });
  } catch (error) {
    if (error instanceof PageFetchError && error.code === "URL_RATE_LIMITED") {
      const wait = error.retryAfterMs ?? 60_000;
      await backOffHost(db, url.host, new Date(Date.now() + wait));
      throw new RetryLater(wait, error.message);
    }
    throw error;
  }
}

async function robotsAllow(db: Database, url: URL, settings: FeedFetchSettings): Promise<boolean> {
  const cached = robotsCache.get(url.origin);
  if (cached && Date.now() - cached.at < ROBOTS_TTL_MS) return cached.allows(url.href);
  const robotsUrl = `${url.origin}/robots.txt`;
  let text = "";
  try {
    text = (await get(db, new URL(robotsUrl), settings, { accept: "text/plain" })).body;
  } catch (error) {
    // No robots.txt (4xx) or one we cannot read as text allows everything; being rate limited
    // or refused an address is the caller's business.
    if (error instanceof RetryLater) throw error;
    if (error instanceof PageFetchError && error.code === "URL_FORBIDDEN") throw error;
  }
  const robots = robotsParser(robotsUrl, text);
  const allows = (u: string) => robots.isAllowed(u, settings.userAgent) !== false;
  robotsCache.set(url.origin, { at: Date.now(), allows });
  return allows(url.href);
}

/**
 * Fetches a feed or an article page politely. Throws {@link RetryLater} when the host's limit
 * or backoff holds the request, {@link RobotsRefusal} when robots.txt disallows it, and
 * PageFetchError (NOT_MODIFIED for a 304 to a conditional request) otherwise.
 */
export async function politeFetch(
  db: Database,
  raw: string,
  settings: FeedFetchSettings,
  headers: Record<string, string> = {},
): Promise<FetchedPage> {
  const url = checkUrl(raw, settings.allowPrivate);
  if (!(await robotsAllow(db, url, settings)))
    throw new RobotsRefusal(
      `robots.txt of ${url.host} disallows ${url.pathname} to our user agent.`,
    );
  return get(db, url, settings, headers);
}
