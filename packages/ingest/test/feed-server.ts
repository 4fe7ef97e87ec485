/**
 * Test news sites on 127.0.0.1 for the feed workers: two hosts (two ports), each with robots.txt.
 * Host A: an RSS feed that grows when `publish()` is called, an Atom feed that answers 304 to a
 * matching If-None-Match, and one broken article page (no article text). Host B answers 429
 * (Retry-After: 1) to every first request of a path, and lists its articles in a news sitemap.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FAMILY, GIVEN } from "./inputs.ts";

const ROLES = ["the finance minister", "the mayor", "the health minister", "the union leader"];
const TOPICS = ["bridge repairs", "hospital budgets", "school meals", "rail fares", "water prices"];

/** The HTML of generated article `n`: a headline and three paragraphs with two quotes. */
export function articleHtml(n: number): string {
  const who = `${GIVEN[n % GIVEN.length]} ${FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]}`;
  const role = ROLES[n % ROLES.length];
  const topic = TOPICS[n % TOPICS.length];
  const title = `Story ${n}: ${who} speaks on ${topic}`;
  return `<!doctype html><html><head><title>${title}</title></head><body><article>
<h1>${title}</h1>
<p>${who}, ${role}, said on Tuesday that the plan for ${topic} in district ${n} would be ready within ${n + 2} weeks.</p>
<p>"We have listened to every resident of district ${n} and the money for ${topic} is there," ${who} told reporters at a briefing on item ${n * 7}.</p>
<p>Critics said the figure of ${n * 13 + 5} million was too low. "This is not enough for district ${n}," said a spokesperson for the opposition, adding that a vote was expected in ${n + 1} days.</p>
</article></body></html>`;
}

/** A running pair of test sites. */
export interface FeedSites {
  /** Host A's base URL (RSS at /news.rss, Atom at /world.atom, broken page at /articles/broken). */
  a: string;
  /** Host B's base URL (429 first, sitemap at /news-sitemap.xml). */
  b: string;
  /** Adds one article to host A's RSS feed. */
  publish(): void;
  /** Every article URL the feeds list, the broken page excepted. */
  articleUrls(): string[];
  /** How often each status was answered, e.g. counts[304]. */
  counts: Record<number, number>;
  close(): Promise<void>;
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
const base = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

/**
 * Starts the two sites: `rssCount` articles in the RSS feed, `sitemapCount` on host B; host A's
 * article pages answer after `articleDelayMs`.
 */
export async function startFeedSites(
  rssCount = 3,
  sitemapCount = 2,
  articleDelayMs = 0,
): Promise<FeedSites> {
  let rss = rssCount;
  const counts: Record<number, number> = {};
  const send = (res: ServerResponse, status: number, type: string, body = "", extra = {}) => {
    counts[status] = (counts[status] ?? 0) + 1;
    res.writeHead(status, { "content-type": type, ...extra });
    res.end(body);
  };
  const robots = "User-agent: *\nDisallow: /private/\n";
  let aBase = "";
  let bBase = "";
  const rssXml = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>A news</title>
<link>${aBase}/</link><description>Test</description>
${Array.from({ length: rss }, (_, i) => `<item><title>Story ${i}</title><link>${aBase}/articles/${i}</link><guid>${aBase}/articles/${i}</guid></item>`).join("\n")}
<item><title>Broken</title><link>${aBase}/articles/broken</link></item>
</channel></rss>`;
  const atomXml = () => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>World</title><id>${aBase}/world</id><updated>2026-12-07T10:00:00Z</updated>
<entry><title>Story 100</title><id>a100</id><updated>2026-12-07T10:00:00Z</updated><link href="/articles/100"/></entry>
<entry><title>Private</title><id>p</id><updated>2026-12-07T10:00:00Z</updated><link href="/private/1"/></entry>
</feed>`;
  const a = await listen((req, res) => {
    const path = req.url ?? "/";
    if (path === "/robots.txt") return send(res, 200, "text/plain", robots);
    if (path === "/news.rss") return send(res, 200, "application/rss+xml", rssXml());
    if (path === "/world.atom") {
      if (req.headers["if-none-match"] === '"world-1"') return send(res, 304, "text/plain");
      return send(res, 200, "application/atom+xml", atomXml(), { etag: '"world-1"' });
    }
    if (path === "/articles/broken")
      return send(res, 200, "text/html", "<html><body></body></html>");
    const n = /^\/articles\/(\d+)$/.exec(path)?.[1];
    const page = () => send(res, 200, "text/html; charset=utf-8", articleHtml(Number(n)));
    // A slow page keeps its job in hand long enough for a test to kill the worker mid-job.
    if (n) return void setTimeout(page, articleDelayMs);
    send(res, 404, "text/plain", "not found");
  });
  const refused = new Set<string>();
  const sitemapXml = () => `<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${Array.from({ length: sitemapCount }, (_, i) => `<url><loc>${bBase}/story/${200 + i}</loc><news:news><news:title>Story ${200 + i}</news:title><news:publication_date>2026-12-07</news:publication_date></news:news></url>`).join("\n")}
</urlset>`;
  const b = await listen((req, res) => {
    const path = req.url ?? "/";
    if (!refused.has(path)) {
      refused.add(path);
      return send(res, 429, "text/plain", "slow down", { "retry-after": "1" });
    }
    if (path === "/robots.txt") return send(res, 200, "text/plain", robots);
    if (path === "/news-sitemap.xml") return send(res, 200, "application/xml", sitemapXml());
    const n = /^\/story\/(\d+)$/.exec(path)?.[1];
    if (n) return send(res, 200, "text/html", articleHtml(Number(n)));
    send(res, 404, "text/plain", "not found");
  });
  aBase = base(a);
  bBase = base(b);
  return {
    a: aBase,
    b: bBase,
    counts,
    publish: () => {
      rss++;
    },
    articleUrls: () => [
      ...Array.from({ length: rss }, (_, i) => `${aBase}/articles/${i}`),
      `${aBase}/articles/100`,
      ...Array.from({ length: sitemapCount }, (_, i) => `${bBase}/story/${200 + i}`),
    ],
    async close() {
      for (const s of [a, b]) {
        s.closeAllConnections();
        await new Promise((r) => s.close(r));
      }
    },
  };
}
