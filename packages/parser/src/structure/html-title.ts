import { publisherName } from "./footer.ts";
import { squash } from "./text.ts";

/** Site names that name no publisher: CMS defaults and placeholders. */
const GENERIC_SITE = new Set([
  "hosted",
  "home",
  "homepage",
  "news",
  "blog",
  "website",
  "site",
  "index",
  "wordpress",
  "default",
  "untitled",
  "article",
]);
const SEPARATOR = /\s+(?:[|–—·•:-]{1,2})\s+/;
const MAX_SUFFIX_WORDS = 5;

/** Letters and digits only, lower-case: "Al-Bawaba" and "albawaba.com" meet as "albawaba". */
export function siteKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\.(?:com|org|net|co\.uk|co|de|fr|es|io|news)$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function hostKey(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, "").split(".");
    // news.bbc.co.uk → bbc: skip the top-level domain and a second-level one such as "co".
    let i = labels.length - 2;
    if (i > 0 && /^(?:co|com|org|net|ac|gov|go)$/.test(labels[i])) i--;
    return siteKey(labels[Math.max(0, i)]);
  } catch {
    return null;
  }
}

/**
 * The publisher's name from the page's site-name candidates (og:site_name, JSON-LD publisher,
 * application-name), skipping CMS placeholders ("Hosted") and reading a social handle
 * ("@politifact") as the publisher it stands for; else the publisher of the page's address.
 */
export function cleanSiteName(
  candidates: (string | undefined)[],
  url: string | undefined,
  title?: string,
): string | undefined {
  let handle: string | undefined;
  for (const raw of candidates) {
    const s = raw && squash(raw);
    if (!s || GENERIC_SITE.has(s.toLowerCase())) continue;
    if (s.startsWith("@")) {
      handle ??= s.slice(1);
      continue;
    }
    return s;
  }
  // A title's suffix that spells the host ("… - Valley Farmer" on valleyfarmer.com) names it best.
  const suffix = title?.split(SEPARATOR).at(-1);
  const host = hostKey(url);
  if (suffix && suffix !== title && host && siteKey(suffix) === host) return squash(suffix);
  const fromUrl = url ? publisherName(url.replace(/^https?:\/\//, "").split("/")[0]) : null;
  if (handle && fromUrl && siteKey(fromUrl) === siteKey(handle)) return fromUrl;
  return handle ?? fromUrl ?? undefined;
}

/**
 * A title without the site name a page appends to it ("Storm hits coast | ZDNet", "… - 9to5Mac"):
 * the last part goes when it names the site or the page's host, or when the page's headline is
 * the rest. Titles from the <title> element, which nearly always carries one, lose any short
 * trailing part after a long enough headline.
 */
export function titleWithoutSuffix(
  title: string,
  page: { site?: string; url?: string; h1?: string | null; page?: string },
): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const suffix = parts[parts.length - 1];
  const rest = title.slice(0, title.length - suffix.length).replace(/\s+[|–—·•:-]{1,2}\s*$/, "");
  if (suffix.split(/\s+/).length > MAX_SUFFIX_WORDS || rest.length < 10) return title;
  const names = [page.site && siteKey(page.site), hostKey(page.url)].filter(Boolean);
  if (names.includes(siteKey(suffix))) return rest;
  if (page.h1 && siteKey(page.h1) === siteKey(rest)) return rest;
  if (title === page.page?.trim() && rest.length >= 15) return rest;
  return title;
}
