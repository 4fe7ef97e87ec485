/**
 * Reads the article links out of a feed: RSS 2.0, RDF and Atom through feedsmith, Google News
 * sitemaps (`<urlset>` with or without `news:news`, and sitemap indexes) through fast-xml-parser.
 */
import { XMLParser } from "fast-xml-parser";
import { parseFeed } from "feedsmith";

/** One article a feed lists. */
export interface FeedEntry {
  url: string;
  title: string | null;
  publishedAt: string | null;
}

/** What a feed document holds: its kind and its entries (links resolved against the feed URL). */
export interface FeedDocument {
  kind: "rss" | "atom" | "rdf" | "json" | "sitemap" | "sitemapindex";
  /** Articles (for a sitemap index: none). */
  entries: FeedEntry[];
  /** The sitemaps a sitemap index lists: follow them as feeds of their own. */
  sitemaps?: string[];
}

const sitemapParser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  isArray: (name) => name === "url" || name === "sitemap",
});

type Text = string | { value?: string } | undefined;
const text = (t: Text): string | null => (typeof t === "string" ? t : (t?.value ?? null)) || null;

function absolute(link: string | undefined | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

interface SitemapUrl {
  loc?: string;
  lastmod?: string;
  news?: { title?: string; publication_date?: string };
}

function readSitemap(xml: string, base: string): FeedEntry[] | null {
  const doc = sitemapParser.parse(xml) as {
    urlset?: { url?: SitemapUrl[] };
    sitemapindex?: { sitemap?: { loc?: string }[] };
  };
  const urls = doc.urlset?.url ?? doc.sitemapindex?.sitemap;
  if (!doc.urlset && !doc.sitemapindex) return null;
  return (urls ?? []).flatMap((u: SitemapUrl) => {
    const url = absolute(String(u.loc ?? ""), base);
    if (!url) return [];
    const title = u.news?.title ? String(u.news.title) : null;
    return [{ url, title, publishedAt: u.news?.publication_date ?? u.lastmod ?? null }];
  });
}

/** Parses a feed; throws when the document is no feed or sitemap it knows. */
export function readFeed(body: string, feedUrl: string): FeedDocument {
  const head = body.slice(0, 2000);
  if (/<sitemapindex[\s>]/.test(head)) {
    const sitemaps = (readSitemap(body, feedUrl) ?? []).map((e) => e.url);
    return { kind: "sitemapindex", entries: [], sitemaps };
  }
  const sitemap = /<urlset[\s>]/.test(head) ? readSitemap(body, feedUrl) : null;
  if (sitemap) return { kind: "sitemap", entries: sitemap };
  const parsed = parseFeed(body);
  const entries: FeedEntry[] = [];
  if (parsed.format === "atom") {
    for (const e of parsed.feed.entries ?? []) {
      const link =
        e.links?.find((l) => !l.rel || l.rel === "alternate")?.href ?? e.links?.[0]?.href;
      const url = absolute(link, feedUrl);
      if (url)
        entries.push({
          url,
          title: text(e.title as Text),
          publishedAt: e.published ?? e.updated ?? null,
        });
    }
  } else if (parsed.format === "json") {
    for (const item of parsed.feed.items ?? []) {
      const url = absolute(item.url ?? item.external_url, feedUrl);
      if (url)
        entries.push({ url, title: item.title ?? null, publishedAt: item.date_published ?? null });
    }
  } else {
    for (const item of parsed.feed.items ?? []) {
      const guid = ("guid" in item ? item.guid : undefined) as Text;
      const url = absolute(
        item.link ?? (text(guid)?.startsWith("http") ? text(guid) : null),
        feedUrl,
      );
      const date = "pubDate" in item ? (item.pubDate as string | undefined) : undefined;
      if (url) entries.push({ url, title: item.title ?? null, publishedAt: date ?? null });
    }
  }
  return { kind: parsed.format, entries };
}
