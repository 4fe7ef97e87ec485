import type { Doc } from "../doc.ts";
import { isOrganisationOrRole } from "./byline.ts";
import { normalizeDate } from "./dates.ts";
import { squash } from "./text.ts";

type Hints = Doc["hints"];
type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly)?Article$|^(?:BlogPosting|LiveBlogPosting|Report)$/;
const DATE_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "dc.date.issued",
  "dc.date",
  "dcterms.created",
  "parsely-pub-date",
  "sailthru.date",
];

/**
 * Reads title, date, authors, site name and URL from a page's metadata: Open Graph and article:
 * tags, JSON-LD (NewsArticle and kin), meta author, canonical link and the first <time datetime>.
 */
export function readMeta(document: Document): Hints {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const first = (...values: unknown[]) =>
    values.find((v) => typeof v === "string" && v.trim() !== "") as string | undefined;
  const site = first(meta.get("og:site_name"), name(ld?.publisher), meta.get("application-name"));
  const h1 = document.querySelector("h1")?.textContent;
  const title = first(
    meta.get("og:title"),
    meta.get("twitter:title"),
    ld?.headline,
    h1,
    titleWithoutSite(document.title, site),
  );
  const time = document.querySelector(
    "time[datetime][itemprop=datePublished], time[datetime][pubdate], time[datetime]",
  );
  const dates = [
    ...DATE_KEYS.map((k) => meta.get(k)),
    ld?.datePublished,
    time?.getAttribute("datetime"),
  ];
  const publishedAt = dates
    .map((d) => (typeof d === "string" ? normalizeDate(d) : null))
    .find(Boolean);
  const url = first(
    document.querySelector("link[rel=canonical]")?.getAttribute("href"),
    meta.get("og:url"),
    ld?.url,
  );
  const hints: Hints = {};
  if (title) hints.title = squash(title);
  if (publishedAt) hints.publishedAt = publishedAt;
  const authors = authorNames(
    site?.toLowerCase(),
    ld?.author,
    meta.get("author"),
    meta.get("article:author"),
  );
  if (authors.length) hints.authors = authors;
  if (site) hints.source = squash(site);
  if (url) hints.url = url.trim();
  return hints;
}

function metaTags(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of document.querySelectorAll("meta[content]")) {
    const key =
      el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop");
    const content = el.getAttribute("content");
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

function jsonLdArticle(document: Document): Json | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = flatten(data).find((item) => types(item).some((t) => ARTICLE_TYPES.test(t)));
    if (found) return found;
  }
  return null;
}

function flatten(data: unknown, depth = 0): Json[] {
  if (depth > 4 || !data || typeof data !== "object") return [];
  if (Array.isArray(data)) return data.flatMap((d) => flatten(d, depth + 1));
  const obj = data as Json;
  return [obj, ...flatten(obj["@graph"], depth + 1)];
}

function types(item: Json): string[] {
  const t = item["@type"];
  return Array.isArray(t)
    ? t.filter((x): x is string => typeof x === "string")
    : typeof t === "string"
      ? [t]
      : [];
}

function name(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return name(v[0]);
  if (v && typeof v === "object" && typeof (v as Json).name === "string")
    return (v as Json).name as string;
  return undefined;
}

function authorNames(site: string | undefined, ...sources: unknown[]): string[] {
  for (const source of sources) {
    const list = (Array.isArray(source) ? source : [source])
      .map(name)
      .filter((n): n is string => !!n);
    const names = list
      .flatMap((n) => n.split(/\s*(?:,|\band\b|&)\s*/))
      .map((n) => squash(n).replace(/^by\s+/i, ""))
      // Pages often name the site or a desk as the author: those are not people.
      .filter(
        (n) =>
          n.length > 1 &&
          n.length <= 80 &&
          !/^https?:|\//.test(n) &&
          !isOrganisationOrRole(n) &&
          n.toLowerCase() !== site,
      );
    if (names.length) return [...new Set(names)];
  }
  return [];
}

function titleWithoutSite(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  if (site && squash(parts[parts.length - 1]).toLowerCase() === squash(site).toLowerCase())
    return parts.slice(0, -1).join(" - ");
  return parts[0].length >= 15 ? parts[0] : title;
}
