/** How feeds are fetched: who we say we are, how polite we are, which addresses we may reach. */

/** Settings of feed and article fetches by the workers. */
export interface FeedFetchSettings {
  /** Sent with every request, robots.txt groups are matched against it. */
  userAgent: string;
  /**
   * Let fetches reach loopback and private addresses. Off by default, exactly as for URL ingest;
   * only `WHOSAID_ALLOW_PRIVATE_URLS=true` (the same switch as the API's) turns it on, e.g. for
   * a test server on 127.0.0.1 or feeds on an intranet.
   */
  allowPrivate: boolean;
  /** At most this many requests per host per minute, across every worker on the database. */
  perHostPerMinute: number;
  /** Deadline of one fetch, redirects and body included. */
  timeoutMs: number;
}

export const DEFAULT_USER_AGENT =
  "whosaid-feeds/0.1 (news statement archive; set WHOSAID_FEED_USER_AGENT to add a contact)";

/** The settings from the environment (WHOSAID_FEED_USER_AGENT, WHOSAID_FEED_HOST_PER_MINUTE, …). */
export function feedSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): FeedFetchSettings {
  const perHost = Number(env.WHOSAID_FEED_HOST_PER_MINUTE ?? 30);
  return {
    userAgent: env.WHOSAID_FEED_USER_AGENT?.trim() || DEFAULT_USER_AGENT,
    allowPrivate: env.WHOSAID_ALLOW_PRIVATE_URLS === "true",
    perHostPerMinute: Number.isInteger(perHost) && perHost > 0 ? perHost : 30,
    timeoutMs: 15_000,
  };
}
