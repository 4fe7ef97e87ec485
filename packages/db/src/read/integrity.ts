/**
 * Articles stored in part: an article row whose quotes, people, topics or places do not match
 * what its parse result (`articles.parsed`) says were stored with it. Used by the API's fuzz
 * campaign to prove that a failed or refused write leaves all of an article or nothing.
 */
import type { Queryable } from "../types.ts";

/** Ids of articles whose rows are incomplete (corrections and merges allowed for). */
export async function incompleteArticles(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `WITH counts AS (
       SELECT a.id,
         jsonb_array_length(a.parsed->'quotes') AS parsed_quotes,
         jsonb_array_length(a.parsed->'people') AS parsed_people,
         jsonb_array_length(a.parsed->'topics') AS parsed_topics,
         jsonb_array_length(a.parsed->'places') AS parsed_places,
         (SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS quotes,
         (SELECT count(*) FROM article_people x WHERE x.article_id = a.id) AS people,
         (SELECT count(*) FROM article_topics x WHERE x.article_id = a.id) AS topics,
         (SELECT count(*) FROM article_places x WHERE x.article_id = a.id) AS places,
         (SELECT count(*) FROM quote_corrections x
           WHERE x.article_id = a.id AND x.action = 'not_quote') AS not_quotes
       FROM articles a)
     SELECT id FROM counts
     WHERE NOT (quotes BETWEEN parsed_quotes - not_quotes AND parsed_quotes)
        -- merging two people of one article leaves one row: fewer, never none
        OR NOT (people <= parsed_people AND (people = 0) = (parsed_people = 0))
        OR topics <> parsed_topics
        OR places <> parsed_places
     ORDER BY id`,
  );
  return rows.map((r) => r.id);
}
