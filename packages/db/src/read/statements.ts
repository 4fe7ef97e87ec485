/**
 * Statements: the pieces of one statement (a quote split by "he said", a quoted fragment inside the
 * clause that carries it) share `statement_id`, the id of the statement's head piece. A statement
 * matches a filter when any of its pieces does; listings and counts are of statements.
 */
import type { Queryable } from "../types.ts";
import { QUOTE_FROM, QUOTE_SORT_DATE, type QuoteFilter, quoteConditions } from "./filters.ts";
import { keysetBounds, type QuoteKey, type QuoteOrder } from "./quotes.ts";
import { QUOTE_COLUMNS, type QuoteRow } from "./rows.ts";
import { groupBy, isUuid, Params, whereClause } from "./sql.ts";

/** A statement: its head piece (the longest) and every piece in reading order, the head included. */
export interface StatementRow {
  id: string;
  articleId: string;
  head: QuoteRow;
  pieces: QuoteRow[];
}

/** A statement id with the key the next page continues from. */
export interface KeyedStatement {
  id: string;
  sortKey: QuoteKey;
}

/** One page of the statements with a piece matching the filter, in date order (ties by id). */
export async function listStatements(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  options: {
    order?: QuoteOrder;
    after?: QuoteKey | null;
    before?: QuoteKey | null;
    /** Read from `before` (or the end) backward, rows returned in that reversed order. */
    fromEnd?: boolean;
    limit: number;
  },
): Promise<KeyedStatement[]> {
  const params = new Params();
  const conditions = quoteConditions(filter, params);
  const dir = keysetBounds(conditions, params, `${QUOTE_SORT_DATE}, q.statement_id`, options);
  // Pieces of a statement share its date, so DISTINCT over (date, statement) keeps one row each
  // and walks the (date, statement_id) index in order, stopping at the limit.
  const { rows } = await db.query<{ id: string; sortDate: string }>(
    `SELECT DISTINCT ${QUOTE_SORT_DATE} AS sort_date, q.statement_id AS id,
       to_char(${QUOTE_SORT_DATE}, 'YYYY-MM-DD') AS "sortDate"
     FROM ${QUOTE_FROM} ${whereClause(conditions)}
     ORDER BY 1 ${dir}, 2 ${dir} LIMIT ${params.add(options.limit)}`,
    params.values,
  );
  return rows.map((r) => ({ id: r.id, sortKey: { date: r.sortDate, id: r.id } }));
}

/** How many statements have a piece matching the filter. */
export async function countStatements(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
): Promise<number> {
  const params = new Params();
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(DISTINCT q.statement_id)::int AS n FROM ${QUOTE_FROM}
     ${whereClause(quoteConditions(filter, params))}`,
    params.values,
  );
  return rows[0]?.n ?? 0;
}

/** Statements by id with all their pieces, in the order asked (null for unknown ids). */
export async function statementsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(StatementRow | null)[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return ids.map(() => null);
  const { rows } = await db.query<QuoteRow>(
    `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.statement_id = ANY($1::uuid[])
     ORDER BY q.start_offset, q.end_offset DESC`,
    [valid],
  );
  return groupBy(ids, rows, (r) => r.statementId).map((pieces, i) =>
    pieces.length ? toStatement(ids[i], pieces) : null,
  );
}

/** The statements of each article, in reading order of their first piece. */
export async function statementsByArticleIds(
  db: Queryable,
  articleIds: readonly string[],
): Promise<StatementRow[][]> {
  const { rows } = await db.query<QuoteRow>(
    `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.article_id = ANY($1::uuid[])
     ORDER BY q.article_id, q.start_offset, q.end_offset DESC`,
    [articleIds.filter(isUuid)],
  );
  return groupBy(articleIds, rows, (r) => r.articleId).map((quotes) => {
    const byStatement = new Map<string, QuoteRow[]>();
    for (const q of quotes)
      byStatement.set(q.statementId, [...(byStatement.get(q.statementId) ?? []), q]);
    return [...byStatement].map(([id, pieces]) => toStatement(id, pieces));
  });
}

function toStatement(id: string, pieces: QuoteRow[]): StatementRow {
  const longest = pieces.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const head = pieces.find((p) => p.id === id) ?? longest;
  return { id, articleId: head.articleId, head, pieces };
}

/** How many statements each person made, in the order asked. */
export async function statementCountsByPersonIds(
  db: Queryable,
  ids: readonly string[],
): Promise<number[]> {
  const { rows } = await db.query<{ id: string; n: number }>(
    `SELECT q.speaker_id AS id, count(DISTINCT q.statement_id)::int AS n FROM quotes q
     WHERE q.speaker_id = ANY($1::uuid[]) GROUP BY q.speaker_id`,
    [ids.filter(isUuid)],
  );
  const counts = new Map(rows.map((r) => [r.id, r.n]));
  return ids.map((id) => counts.get(id) ?? 0);
}
