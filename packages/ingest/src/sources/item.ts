import { type ArticleMeta, contentHash } from "@whosaid/db";
import type { ParsedArticle } from "@whosaid/parser";
import type { ParseJob } from "../parse/outcome.ts";

/**
 * One article to ingest, as a source gives it: the text or HTML page, and what the source says
 * about it. `ref` names it in messages (a file, `file:line`, a URL).
 */
export interface SourceArticle {
  ref: string;
  input: string;
  /** Unset: the parser tells HTML from text. */
  format?: "text" | "html";
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}

/** An article read from a source, or a problem reading it. */
export type InputItem = SourceArticle | { ref: string; error: string };

/** The parse job of an article: its input and the parser options its metadata gives. */
export function parseJobOf(article: SourceArticle): ParseJob {
  const { input, format, url, source, publishedAt } = article;
  return { input, options: { format, url, source, publishedAt } };
}

/**
 * The content hash of an article before it is parsed, by the one rule (see contentHash in
 * @whosaid/db): equal to the hash its stored row gets, so a re-run finds it without parsing.
 */
export function inputHash(article: SourceArticle): string {
  return contentHash(article.input);
}

/**
 * Keeps the raw input only for HTML: a page is kept whole (re-parsing and hashing use it), while
 * a text article's body is its input already (less a byte-order mark).
 */
export function keptInput(article: SourceArticle, parsed: ParsedArticle): string | null {
  return parsed.format === "html" ? article.input : null;
}

/** What the database stores beside a parsed article: the source's metadata and the kept input. */
export function articleMeta(article: SourceArticle, parsed: ParsedArticle): ArticleMeta {
  return {
    url: article.url ?? null,
    source: article.source ?? null,
    publishedAt: article.publishedAt ?? null,
    input: keptInput(article, parsed),
  };
}
