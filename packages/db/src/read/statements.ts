/**
 * Statements: the pieces of one statement (a quote split by "he said", a quoted fragment inside the
 * clause that carries it) share `statement_id`, the id of the statement's head piece. A statement
 * matches a filter when any of its pieces does; counts are of statements (their listing is
 * `listStatements`, beside `listQuotes` in quotes.ts).
 */
import type { Queryable } from "../types.ts";
import { QUOTE_FROM, type QuoteFilter, quoteConditions } from "./filters.ts";
import { QUOTE_COLUMNS, type QuoteRow } from "./rows.ts";
import { groupBy, isUuid, Params, whereClause } from "./sql.ts";
import { countStatementsFromCounters, statementCountable } from "./statement-counts.ts";

/** A statement: its head piece (the longest) and every piece in reading order, the head included. */
export interface StatementRow {
  id: string;
  articleId: string;
  head: QuoteRow;
  pieces: QuoteRow[];
}

/** How many statements have a piece matching the filter (from the counters when they can tell). */
export async function countStatements(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
): Promise<number> {
  if (statementCountable(filter ?? {})) return countStatementsFromCounters(db, filter ?? {});
  return countStatementsByScan(db, filter);
}

/** The counted way, whatever the filter (tests compare the counters with it). */
export async function countStatementsByScan(
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
