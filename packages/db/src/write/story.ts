/**
 * A story's fingerprint, so that a syndicated copy of an article (the same wire story published by
 * another outlet, or the same page saved twice) is reported as already ingested instead of
 * counting its quotes twice. Built from the body paragraphs only, since headline, byline,
 * captions, related links and footer differ between outlets; and blind to what outlets restyle:
 * case, accents, quotation-mark and dash styles, spacing, a leading wire dateline
 * ("KYIV, Ukraine (AP) —") and trailing production credits ("Reporting by …").
 */
import { createHash } from "node:crypto";
import type { ParsedArticle } from "@whosaid/parser";

// Shorter bodies are too likely to be worded alike by chance (a one-line update, a notice).
const MIN_CHARS = 300;

// "WASHINGTON —", "KYIV, Ukraine (AP) —", "London (Reuters) -": a place, maybe an agency, a dash.
const DATELINE =
  /^(?:[\p{Lu}][\p{L}.'’ ]{1,40}(?:,\s*[\p{L}.'’ ]{2,30})?\s*\([^)\n]{1,40}\)|[\p{Lu}][\p{Lu}.'’ ]{2,40}(?:,\s*[\p{L}.'’ ]{2,30})?)\s*[-—–]+\s+/u;
const CREDITS =
  /^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|contributing)\s+by\b/i;

function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** SHA-256 of the normalized body, or null when the body is too short to tell stories apart. */
export function storyHash(parsed: ParsedArticle): string | null {
  const paragraphs = parsed.article.paragraphs
    .map((p, i) => (i === 0 ? p.text.replace(DATELINE, "") : p.text))
    .filter((text) => !CREDITS.test(text))
    .map(normalize)
    .filter(Boolean);
  const body = paragraphs.join("\n");
  if (body.length < MIN_CHARS) return null;
  return createHash("sha256").update(body, "utf8").digest("hex");
}
