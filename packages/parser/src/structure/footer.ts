import lexicon from "../lexicon/structure-footer.json";
import publishers from "../lexicon/structure-publishers.json";
import { isBoilerplate } from "./boilerplate.ts";

const KNOWN = publishers as Record<string, string>;

/** A footer line and, when it names one, the publisher it credits. */
export interface FooterMatch {
  source: string | null;
}

/**
 * Recognises a footer line ("This article was originally published on NBCNews.com",
 * "Copyright 2022 …") and reads the publisher it names, if any.
 */
export function matchFooter(line: string): FooterMatch | null {
  if (line.length > 300) return null;
  const lower = line.toLowerCase();
  for (const prefix of lexicon.sourcePrefixes) {
    if (lower.startsWith(prefix)) return { source: publisherName(line.slice(prefix.length)) };
  }
  // Generic notices ("Copyright 2022 …") only as short lines: prose may start with the same word.
  if (line.length > 160) return null;
  for (const prefix of lexicon.prefixes) {
    if (!lower.startsWith(prefix)) continue;
    if (prefix === "copyright " && !/\d{4}|rights|©/.test(lower)) continue;
    return { source: null };
  }
  return isBoilerplate(line) ? { source: null } : null;
}

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.([a-z]{2,6})\/?$/i;

/**
 * Turns a publisher as written into its name: a known domain maps through the publishers list
 * ("nbcnews.com" → "NBC News"); another domain loses its suffix and has its words split
 * ("TheDailyPost.com" → "The Daily Post"); a plain name is kept.
 */
export function publisherName(raw: string): string | null {
  // Only the name: "The Conversation. Read the original article." → "The Conversation".
  const first = raw.trim().split(/[.!]\s+(?=\p{Lu})|\s+[|–—]\s+/u)[0];
  const s = first.replace(/[.:;,!]+$/, "").trim();
  if (!s || s.length > 100) return null;
  const domain = DOMAIN.exec(s);
  if (!domain) return s;
  const host = `${domain[1]}.${domain[2]}`.toLowerCase();
  const known = KNOWN[host] ?? KNOWN[host.split(".").slice(-2).join(".")];
  if (known) return known;
  const stem = domain[1].split(".").pop() ?? domain[1];
  return splitWords(stem);
}

/** "NBCNews" → "NBC News", "TheDailyPost" → "The Daily Post", "daily-post" → "Daily Post". */
function splitWords(stem: string): string {
  if (stem === stem.toLowerCase()) {
    return stem
      .split("-")
      .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
      .join(" ");
  }
  return stem
    .replace(/-/g, " ")
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
}
