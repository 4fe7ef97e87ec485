/** Quotes by id and by article (the API's loaders batch through these). */
import type { Queryable } from "../types.ts";
import { QUOTE_COLUMNS, type QuoteRow } from "./rows.ts";
import { byIds, groupBy, isUuid } from "./sql.ts";

/** Quotes by id, in the order asked (null for unknown ids). */
export async function quotesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(QuoteRow | null)[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return ids.map(() => null);
  const { rows } = await db.query<QuoteRow>(
    `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id = ANY($1::uuid[])`,
    [valid],
  );
  return byIds(ids, rows);
}

/** Every quote of each article, in reading order. */
export async function quotesByArticleIds(
  db: Queryable,
  articleIds: readonly string[],
): Promise<QuoteRow[][]> {
  const { rows } = await db.query<QuoteRow>(
    `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.article_id = ANY($1::uuid[])
     ORDER BY q.article_id, q.start_offset, q.end_offset`,
    [articleIds.filter(isUuid)],
  );
  return groupBy(articleIds, rows, (r) => r.articleId);
}
