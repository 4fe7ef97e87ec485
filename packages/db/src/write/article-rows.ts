import type { Queryable } from "../types.ts";
import { type PreparedArticle, parsedValues, upsertSource } from "./article.ts";

// The text[] columns (authors, footer, warnings, agencies) cannot go through unnest as arrays of
// arrays: they travel as JSON text, like the people's aliases.
const list = (col: string) => `ARRAY(SELECT jsonb_array_elements_text(u.${col}::jsonb))`;
const TEXT_ARRAYS = new Set([4, 11, 12, 16]); // positions in parsedValues

/**
 * Inserts the rows of several articles in one statement, skipping those whose content hash or
 * story hash is stored already (or earlier in the same list); returns each one's id and whether it
 * was created, in order — what `insertArticle` does for one article (the same "already stored"
 * rule as `findStored`: the content match wins).
 */
export async function insertArticles(
  tx: Queryable,
  articles: PreparedArticle[],
): Promise<{ id: string; created: boolean }[]> {
  const columns: unknown[][] = Array.from({ length: 22 }, () => []);
  const hashes: string[] = [];
  const stories: (string | null)[] = [];
  for (const { parsed, columns: c, keys, input } of articles) {
    const sourceId = await upsertSource(tx, c.source);
    const values = parsedValues(parsed, c, sourceId).map((v, i) =>
      TEXT_ARRAYS.has(i) ? JSON.stringify(v) : v,
    );
    const hash = keys.contentHash;
    const story = keys.storyHash;
    for (const [i, v] of [hash, c.url, c.format, input, ...values, story].entries())
      columns[i].push(v);
    hashes.push(hash);
    stories.push(story);
  }
  const { rows } = await tx.query<{ id: string; content_hash: string }>(
    `INSERT INTO articles (content_hash, url, format, input, source, source_id, title, published_at, authors,
       read_time, language, body, paragraphs, captions, related_stories, footer, warnings, parsed,
       parser_version, schema_version, agencies, story_hash)
     SELECT u.hash, u.url, u.format, u.input, u.source, u.source_id, u.title, u.published_at::date,
       ${list("authors")}, u.read_time, u.language, u.body, u.paragraphs::jsonb, u.captions::jsonb,
       u.related::jsonb, ${list("footer")}, ${list("warnings")}, u.parsed::jsonb, u.parser_version,
       u.schema_version, ${list("agencies")}, u.story
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[],
       $8::text[], $9::text[], $10::int[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
       $16::text[], $17::text[], $18::text[], $19::text[], $20::int[], $21::text[], $22::text[])
       WITH ORDINALITY AS u(hash, url, format, input, source, source_id, title, published_at, authors,
         read_time, language, body, paragraphs, captions, related, footer, warnings, parsed,
         parser_version, schema_version, agencies, story, n)
     ORDER BY u.n
     ON CONFLICT DO NOTHING RETURNING id, content_hash`,
    columns,
  );
  const created = new Map(rows.map((r) => [r.content_hash, r.id]));
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
