import type { ParsedArticle } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { contentHash, nameKey, parserVersion, toDate } from "./keys.ts";
import { storyHash } from "./story.ts";
import { sourceIds } from "./tx-state.ts";
import { webUrlOrNull } from "./web-url.ts";

/** What the caller knows about an article beyond its text; the parsed values win when present. */
export interface ArticleMeta {
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  /** The raw input when it differs from `parsed.text` (HTML), kept for re-parsing. */
  input?: string | null;
}

/** The article columns that come from a ParsedArticle (shared by ingest and re-parse). */
export function articleColumns(parsed: ParsedArticle, meta: ArticleMeta) {
  const a = parsed.article;
  const { text: _text, ...rest } = parsed;
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
    parsed: JSON.stringify(rest),
  };
}

/**
 * The values ingest and re-parse both write, in the order of the columns source, source_id, title,
 * published_at, authors, read_time, language, body, paragraphs, captions, related_stories, footer,
 * warnings, parsed, parser_version, schema_version, agencies.
 */
export function parsedValues(
  parsed: ParsedArticle,
  c: ReturnType<typeof articleColumns>,
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

/** The content hash of an article: of its raw input when given (HTML), else of its text. */
export function articleHash(parsed: ParsedArticle, meta: ArticleMeta): string {
  return contentHash(meta.input ?? parsed.text);
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
  parsed: ParsedArticle,
  meta: ArticleMeta,
): Promise<{ id: string; created: boolean }> {
  const c = articleColumns(parsed, meta);
  const hash = articleHash(parsed, meta);
  const story = storyHash(parsed);
  const sourceId = await upsertSource(tx, c.source);
  const input = meta.input && meta.input !== parsed.text ? meta.input : null;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO articles (content_hash, url, format, input, source, source_id, title, published_at, authors,
       read_time, language, body, paragraphs, captions, related_stories, footer, warnings, parsed,
       parser_version, schema_version, agencies, story_hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22)
     ON CONFLICT DO NOTHING RETURNING id`,
    [hash, c.url, c.format, input, ...parsedValues(parsed, c, sourceId), story],
  );
  if (rows[0]) return { id: rows[0].id, created: true };
  const existing = await tx.query<{ id: string }>(
    "SELECT id FROM articles WHERE content_hash = $1 OR story_hash = $2 ORDER BY content_hash = $1 DESC LIMIT 1",
    [hash, story],
  );
  return { id: existing.rows[0].id, created: false };
}
