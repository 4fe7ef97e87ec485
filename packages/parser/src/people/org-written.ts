import type { Organization } from "../kb/index.ts";

const SKIP = new Set(["the", "of", "and", "&", "'s", "’s"]);
const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[\s,.]+/)
    .filter((w) => w && !SKIP.has(w));

/**
 * The organization's name to print: the knowledge base's when the text's words are part of it
 * ("CBS" → "CBS News") or an acronym of it, else the name as the article writes it. A body
 * known under another name (renamed, or an alias such as a former university's name) keeps the
 * article's words, which are what the article says the person works for.
 */
export function organizationName(org: Organization, written: string | null): string {
  if (org.source === "text" || !written) return org.name;
  const text = written.replace(/^the\s+/i, "").replace(/['’]s?$/, "");
  if (/^[\p{Lu}&.-]{2,8}$/u.test(text)) return org.name;
  const known = new Set(wordsOf(org.name));
  return wordsOf(text).every((w) => known.has(w)) ? org.name : text;
}
