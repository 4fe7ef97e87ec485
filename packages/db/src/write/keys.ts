import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The content hash of an article (its idempotency key): SHA-256 of the input as given (the text,
 * or the raw HTML page), less a leading byte-order mark. This is the one rule, computable before
 * parsing: the parser drops the mark too, so a text article's hash is also that of its stored
 * body, and a file saved with a mark is the same article as the one saved without. (Lone
 * surrogates need no rule: UTF-8 encoding replaces them with U+FFFD, as the parser does.)
 */
export function contentHash(input: string): string {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A quote's id derived from its article and span, so that it survives re-parsing unchanged. */
export function quoteId(articleId: string, start: number, end: number): string {
  const h = createHash("sha256").update(`${articleId}:${start}:${end}`).digest("hex");
  // A time-ordered article id (version 7, migration 120) lends its 48 bits of time to its quotes,
  // so that they are stored in time order too (local index inserts at archive scale); the quotes
  // of articles stored before keep the all-hash id they were given.
  const head =
    articleId[14] === "7" ? articleId.slice(0, 13) : `${h.slice(0, 8)}-${h.slice(8, 12)}`;
  // Shape it as a version-8 (custom) UUID so that it fits a uuid column.
  return `${head}-8${h.slice(13, 16)}-${((Number.parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "prof", "sir", "dame"]);

/** Normalizes a name for matching: lower case, no accents or punctuation, no honorific. */
export function nameKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  return words.join(" ");
}

/** Publication dates are stored as dates: keeps "YYYY-MM-DD" from a date or ISO timestamp. */
export function toDate(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return m ? m[1] : null;
}

let cachedVersion: string | null = null;

/** The parser's package version, stored with each article so `reparseAll` can find stale ones. */
export function parserVersion(): string {
  if (cachedVersion) return cachedVersion;
  try {
    const entry = createRequire(import.meta.url).resolve("@whosaid/parser");
    const pkg = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8"));
    cachedVersion = String(pkg.version ?? "unknown");
  } catch {
    cachedVersion = "unknown";
  }
  return cachedVersion;
}
