import type { ParsedArticle } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { contentHash, nameKey, parserVersion, toDate } from "./keys.ts";
import { type ArticleKeys, findStored } from "./stored.ts";
import { storyHash } from "./story.ts";
import { stringifyInTurns, type Turn, turns } from "./turns.ts";
import { sourceIds } from "./tx-state.ts";
import { webUrlOrNull } from "./web-url.ts";

/** What the caller knows about an article beyond its text; the parsed values win when present. */
export interface ArticleMeta {
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  /**
   * The raw input to keep for re-parsing and hashing: the HTML page. Stored as given; the rule of
   * when to keep it (HTML only) is @whosaid/ingest's `keptInput`.
   */
  input?: string | null;
}

/** An article ready to store: its columns, keys and kept input, computed once. */
export interface PreparedArticle {
  parsed: ParsedArticle;
  columns: ArticleColumns;
  keys: ArticleKeys;
  input: string | null;
}

/** Computes, once per article, what storing it needs (with turns of the event loop between parts). */
export async function prepareArticle(
  parsed: ParsedArticle,
  meta: ArticleMeta,
  turn: Turn = turns(),
): Promise<PreparedArticle> {
  const input = meta.input ?? null;
  const columns = await articleColumns(parsed, meta, turn);
  await turn();
  const keys = articleKeys(parsed, input);
  return { parsed, columns, keys, input };
}

/** The article columns that come from a ParsedArticle. */
export type ArticleColumns = Awaited<ReturnType<typeof articleColumns>>;

/**
 * The article columns that come from a ParsedArticle (shared by ingest and re-parse). The parse
 * as JSON is written a piece at a time (20 MB for a 2 MB article: 50–65 ms of CPU in one go).
 */
export async function articleColumns(
  parsed: ParsedArticle,
  meta: ArticleMeta,
  turn: Turn = turns(),
) {
  const a = parsed.article;
  // The parse less what has a column of its own (the text is the body; the paragraphs, captions
  // and related stories are stored once, in their columns): a quarter less JSON to write.
  const { text: _text, article, ...rest } = parsed;
  const { paragraphs: _p, captions: _c, relatedStories: _r, ...head } = article;
  const json = await stringifyInTurns({ ...rest, article: head }, turn);
  return {
    // A page's own canonical link is kept only when it is a web address too.
    url: webUrlOrNull(meta.url) ?? webUrlOrNull(a.url),
    source: a.source ?? meta.source ?? null,
    title: a.title,
    publishedAt: toDate(a.publishedAt) ?? toDate(meta.publishedAt),
    authors: a.authors ?? [],
    agencies: a.agencies ?? [],
    readTime: a.readTimeMinutes,
    language: a.language || "und",
    format: parsed.format,
    paragraphs: JSON.stringify(a.paragraphs ?? []),
    captions: JSON.stringify(a.captions ?? []),
    related: JSON.stringify(a.relatedStories ?? []),
    footer: a.footer ?? [],
    warnings: parsed.warnings ?? [],
    parsed: json,
  };
}

/**
 * The values ingest and re-parse both write, in the order of the columns source, source_id, title,
 * published_at, authors, read_time, language, body, paragraphs, captions, related_stories, footer,
 * warnings, parsed, parser_version, schema_version, agencies.
 */
export function parsedValues(
  parsed: ParsedArticle,
  c: ArticleColumns,
  sourceId: string | null,
): unknown[] {
  return [
    c.source,
    sourceId,
    c.title,
    c.publishedAt,
    c.authors,
    c.readTime,
    c.language,
    parsed.text,
    c.paragraphs,
    c.captions,
    c.related,
    c.footer,
    c.warnings,
    c.parsed,
    parserVersion(),
    parsed.schemaVersion,
    c.agencies,
  ];
}

/**
 * An article's keys: the content hash of its kept raw input (HTML), else of its text — the same
 * hash as of the input it was parsed from (see contentHash) — and its story hash.
 */
export function articleKeys(parsed: ParsedArticle, input: string | null): ArticleKeys {
  return { contentHash: contentHash(input ?? parsed.text), storyHash: storyHash(parsed) };
}

/** Finds or creates the publisher row; returns its id. */
export async function upsertSource(tx: Queryable, name: string | null): Promise<string | null> {
  const key = name ? nameKey(name) : "";
  if (!name || !key) return null;
  const cache = sourceIds.get(tx) ?? new Map<string, string>();
  sourceIds.set(tx, cache);
  const cached = cache.get(key);
  if (cached) return cached;
  // Insert-or-read rather than upsert, so that concurrent ingests do not lock the shared row.
  for (let attempt = 0; attempt < 2; attempt++) {
    const { rows } = await tx.query<{ id: string }>(
      `WITH ins AS (INSERT INTO sources (name, name_key) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id)
       SELECT id FROM ins UNION ALL SELECT id FROM sources WHERE name_key = $2 LIMIT 1`,
      [name.trim(), key],
    );
    if (rows[0]) {
      cache.set(key, rows[0].id);
      return rows[0].id;
    }
  }
  return null;
}

/**
 * Inserts the article row unless one with the same content hash or story hash (a syndicated copy)
 * exists; then nothing is written and the stored article is returned. A concurrent insert of the
 * same text waits on the unique index and then finds it.
 */
export async function insertArticle(
  tx: Queryable,
  article: PreparedArticle,
): Promise<{ id: string; created: boolean }> {
  const { parsed, columns: c, keys, input } = article;
  const sourceId = await upsertSource(tx, c.source);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO articles (content_hash, url, format, input, source, source_id, title, published_at, authors,
       read_time, language, body, paragraphs, captions, related_stories, footer, warnings, parsed,
       parser_version, schema_version, agencies, story_hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      keys.contentHash,
      c.url,
      c.format,
      input,
      ...parsedValues(parsed, c, sourceId),
      keys.storyHash,
    ],
  );
  if (rows[0]) return { id: rows[0].id, created: true };
  const stored = await findStored(tx, keys);
  if (!stored) throw new Error("The article conflicted with a stored one that is gone.");
  return { id: stored.id, created: false };
}
