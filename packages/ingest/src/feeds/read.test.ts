import { describe, expect, it } from "vitest";
import { readFeed } from "./read.ts";

const BASE = "https://news.example/feeds/main.xml";

describe("readFeed", () => {
  it("reads RSS 2.0 items, links resolved against the feed, the guid when there is no link", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>One</title><link>/a/1</link><pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate></item>
      <item><title>Two</title><guid isPermaLink="true">https://news.example/a/2</guid></item>
      <item><title>Bad</title><link>javascript:alert(1)</link></item></channel></rss>`;
    expect(readFeed(xml, BASE)).toEqual({
      kind: "rss",
      entries: [
        {
          url: "https://news.example/a/1",
          title: "One",
          publishedAt: "Mon, 07 Dec 2026 10:00:00 GMT",
        },
        { url: "https://news.example/a/2", title: "Two", publishedAt: null },
      ],
    });
  });

  it("reads Atom entries by their alternate link", () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <id>x</id><updated>2026-12-07T10:00:00Z</updated>
      <entry><title>A</title><id>1</id><updated>2026-12-07T10:00:00Z</updated>
        <link rel="enclosure" href="/img.jpg"/><link rel="alternate" href="https://news.example/b"/></entry>
    </feed>`;
    expect(readFeed(xml, BASE)).toEqual({
      kind: "atom",
      entries: [{ url: "https://news.example/b", title: "A", publishedAt: "2026-12-07T10:00:00Z" }],
    });
  });

  it("reads news sitemaps and sitemap indexes", () => {
    const news = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://news.example/c</loc><news:news><news:title>C</news:title>
        <news:publication_date>2026-12-07</news:publication_date></news:news></url></urlset>`;
    expect(readFeed(news, BASE).entries).toEqual([
      { url: "https://news.example/c", title: "C", publishedAt: "2026-12-07" },
    ]);
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>`;
    expect(readFeed(index, BASE)).toEqual({
      kind: "sitemapindex",
      entries: [],
      sitemaps: ["https://news.example/s1.xml"],
    });
  });

  it("throws on a page that is no feed", () => {
    expect(() => readFeed("<html><body>hi</body></html>", BASE)).toThrow();
  });
});
