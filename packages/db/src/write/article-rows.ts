import type { Queryable } from "../types.ts";
import { type PreparedArticle, parsedValues, upsertSource } from "./article.ts";

// The article columns after content_hash, url, format and input, in parsedValues' order.
const COLUMNS = [
  "source text",
  "source_id uuid",
  "title text",
  "published_at date",
  "authors text[]",
  "read_time int",
  "language text",
  "body text",
  "paragraphs jsonb",
  "captions jsonb",
  "related_stories jsonb",
  "footer text[]",
  "warnings text[]",
  "parsed jsonb",
  "parser_version text",
  "schema_version int",
  "agencies text[]",
];
// Values that are JSON text already (the parse and the paragraph lists): embedded as they are.
const RAW_JSON = new Set(["paragraphs", "captions", "related_stories", "parsed"]);
const ALL = ["content_hash text", "url text", "format text", "input text", ...COLUMNS];
const ALL_NAMES = ALL.map((c) => c.split(" ")[0]);

/**
 * Inserts the rows of several articles in one statement, skipping those whose content hash or
 * story hash is stored already (or earlier in the same list); returns each one's id and whether it
 * was created, in order — what `insertArticle` does for one article (the same "already stored"
 * rule as `findStored`: the content match wins). The rows travel as one JSON document: the parse
 * (≈ 17 KB of JSON an article) is embedded as JSON, not escaped into a string, then into an array
 * literal, and parsed twice (array, then jsonb) as when each column was a text array.
 */
export async function insertArticles(
  tx: Queryable,
  articles: PreparedArticle[],
): Promise<{ id: string; created: boolean }[]> {
  const rows: string[] = [];
  const hashes: string[] = [];
  const stories: (string | null)[] = [];
  for (const [n, { parsed, columns: c, keys, input }] of articles.entries()) {
    const sourceId = await upsertSource(tx, c.source);
    const values = [keys.contentHash, c.url, c.format, input, ...parsedValues(parsed, c, sourceId)];
    const fields = values.map((v, i) => {
      const name = ALL_NAMES[i];
      const json = RAW_JSON.has(name) ? (v as string) : JSON.stringify(v ?? null);
      return `"${name}":${json}`;
    });
    fields.push(`"story_hash":${JSON.stringify(keys.storyHash)}`, `"n":${n}`);
    rows.push(`{${fields.join(",")}}`);
    hashes.push(keys.contentHash);
    stories.push(keys.storyHash);
  }
  const names = [...ALL_NAMES, "story_hash"].join(", ");
  const { rows: inserted } = await tx.query<{ id: string; content_hash: string }>(
    `INSERT INTO articles (${names})
     SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS u(${ALL.join(", ")}, story_hash text, n int)
     ORDER BY u.n
     ON CONFLICT DO NOTHING RETURNING id, content_hash`,
    [`[${rows.join(",")}]`],
  );
  const created = new Map(inserted.map((r) => [r.content_hash, r.id]));
  const out: ({ id: string; created: boolean } | null)[] = hashes.map((h) => {
    const id = created.get(h);
    if (id === undefined) return null;
    created.delete(h); // a second copy of the same text in the list is not created again
    return { id, created: true };
  });
  const missing = out.flatMap((r, i) => (r ? [] : [i]));
  if (missing.length > 0) {
    const found = await tx.query<{ i: number; id: string }>(
      `SELECT u.i, (SELECT a.id FROM articles a WHERE a.content_hash = u.hash OR a.story_hash = u.story
                    ORDER BY a.content_hash = u.hash DESC LIMIT 1) AS id
       FROM unnest($1::int[], $2::text[], $3::text[]) AS u(i, hash, story)`,
      [missing, missing.map((i) => hashes[i]), missing.map((i) => stories[i])],
    );
    for (const r of found.rows) out[r.i] = { id: r.id, created: false };
  }
  return out as { id: string; created: boolean }[];
}
