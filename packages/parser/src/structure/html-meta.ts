import type { Doc } from "../doc.ts";
import { isAgency, isName, isOrganisationOrRole } from "./byline.ts";
import { normalizeDate } from "./dates.ts";
import { creditsNearHeadline, isElsewhere } from "./html-credits.ts";
import { cleanSiteName, siteKey, titleWithoutSuffix } from "./html-title.ts";
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
  const url = first(
    document.querySelector("link[rel=canonical]")?.getAttribute("href"),
    meta.get("og:url"),
    ld?.url,
  );
  const site = cleanSiteName(
    [meta.get("og:site_name"), name(ld?.publisher), meta.get("application-name")],
    url,
    first(meta.get("og:title"), document.title),
  );
  const h1 = document.querySelector("h1")?.textContent;
  const rawTitle = first(
    meta.get("og:title"),
    meta.get("twitter:title"),
    ld?.headline,
    h1,
    document.title,
  );
  const title = rawTitle && titleWithoutSuffix(rawTitle, { site, url, h1, page: document.title });
  const time =
    document.querySelector("time[datetime][itemprop=datePublished], time[datetime][pubdate]") ??
    Array.from(document.querySelectorAll("time[datetime]")).find((t) => !isElsewhere(t));
  const dates = [
    ...DATE_KEYS.map((k) => meta.get(k)),
    ld?.datePublished,
    time?.getAttribute("datetime"),
  ];
  let publishedAt = dates
    .map((d) => (typeof d === "string" ? normalizeDate(d) : null))
    .find(Boolean);
  const hints: Hints = {};
  if (title) hints.title = squash(title);
  const { authors, agencies } = authorNames(
    site && siteKey(site),
    ld?.author,
    meta.get("author"),
    meta.get("article:author"),
  );
  // What the metadata lacks, the lines printed around the headline may say.
  if (!publishedAt || authors.length === 0) {
    const printed = creditsNearHeadline(document);
    publishedAt ??= printed.publishedAt ?? undefined;
    if (authors.length === 0) authors.push(...printed.authors);
    for (const agency of printed.agencies) if (!agencies.includes(agency)) agencies.push(agency);
  }
  if (publishedAt) hints.publishedAt = publishedAt;
  if (authors.length) hints.authors = authors;
  if (agencies.length) hints.agencies = agencies;
  if (site) hints.source = site;
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

/** People named as the article's authors, and the agencies or publishers named in their place. */
function authorNames(
  site: string | undefined,
  ...sources: unknown[]
): { authors: string[]; agencies: string[] } {
  for (const source of sources) {
    const list = (Array.isArray(source) ? source : [source])
      .map(name)
      .filter((n): n is string => !!n);
    const names = list
      .flatMap((n) => n.split(/\s*(?:,|\band\b|&)\s*/))
      .map((n) => squash(n).replace(/^by\s+/i, ""))
      .filter((n) => n.length > 1 && n.length <= 80 && !/^https?:|\//.test(n));
    // Pages often name the site, an agency or a desk as the author: those are not people.
    const authors: string[] = [];
    const agencies: string[] = [];
    for (const n of names) {
      const isSite = siteKey(n) === site;
      const role = isOrganisationOrRole(n);
      if (isName(n) && !role && !isSite) authors.push(n);
      else if (isSite || isAgency(n) || (!role && /^[\p{L}-]+$/u.test(n))) agencies.push(n);
    }
    if (authors.length || agencies.length)
      return { authors: [...new Set(authors)], agencies: [...new Set(agencies)] };
  }
  return { authors: [], agencies: [] };
}
