import { setImmediate } from "node:timers/promises";
import type { ParsedArticle } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { applyQuoteCorrections } from "./corrections.ts";
import { resolvePeople } from "./people.ts";
import { applyPersonEdits } from "./person-edits.ts";
import { addQuoteRows, insertQuotes, newQuoteRows, type QuoteRows } from "./quotes.ts";
import {
  addArticlePeopleRows,
  addRoleRows,
  insertPeopleRows,
  newPeopleRows,
  type PeopleRows,
} from "./roles.ts";
import {
  addPlaceRows,
  addTopicRows,
  insertTopicRows,
  newTopicRows,
  type TopicRows,
} from "./topics.ts";

/**
 * The rows derived from one or more articles (links to people, roles, topics, places, quotes),
 * gathered so that a batch writes each table in one statement instead of one per article.
 */
export interface DerivedRows {
  people: PeopleRows;
  topics: TopicRows;
  quotes: QuoteRows;
}

export function newDerivedRows(): DerivedRows {
  return { people: newPeopleRows(), topics: newTopicRows(), quotes: newQuoteRows() };
}

/**
 * Resolves an article's people (this writes the people rows at once: the next article of a batch
 * must find them) and adds the rest of what the parser found to `rows`; returns the counts.
 */
async function resolveAndGather(
  tx: Queryable,
  rows: DerivedRows,
  articleId: string,
  publishedAt: string | null,
  parsed: ParsedArticle,
  options: { newArticle: boolean },
): Promise<{ people: number; quotes: number; personIds: string[] }> {
  const ids = await resolvePeople(tx, parsed.people ?? [], articleId, { ...options, publishedAt });
  return gatherRows(rows, articleId, publishedAt, parsed, ids);
}

/** Adds what the parser found in an article to `rows`, its people resolved (`ids`). */
export async function gatherRows(
  rows: DerivedRows,
  articleId: string,
  publishedAt: string | null,
  parsed: ParsedArticle,
  ids: Map<string, string>,
): Promise<{ people: number; quotes: number; personIds: string[] }> {
  const people = parsed.people ?? [];
  // Turns of the event loop between the steps (and within the quotes): see turns.ts.
  await setImmediate();
  addArticlePeopleRows(rows.people, articleId, people, ids);
  await setImmediate();
  addRoleRows(rows.people, articleId, publishedAt, people, ids);
  await setImmediate();
  addTopicRows(rows.topics, articleId, parsed);
  addPlaceRows(rows.topics, articleId, parsed);
  const quotes = await addQuoteRows(rows.quotes, articleId, publishedAt, parsed.quotes ?? [], ids);
  const personIds = [...new Set(ids.values())];
  return { people: personIds.length, quotes, personIds };
}

/** Writes gathered rows: one or two statements per table, whatever the number of articles. */
export async function insertDerivedRows(tx: Queryable, rows: DerivedRows): Promise<void> {
  await insertPeopleRows(tx, rows.people);
  await insertTopicRows(tx, rows.topics);
  await insertQuotes(tx, rows.quotes);
}

/** What the parser found in an article, written beside its row: people, quotes, topics, places. */
export async function writeDerived(
  tx: Queryable,
  articleId: string,
  publishedAt: string | null,
  parsed: ParsedArticle,
  options: { newArticle: boolean },
): Promise<{ people: number; quotes: number }> {
  const rows = newDerivedRows();
  const counts = await resolveAndGather(tx, rows, articleId, publishedAt, parsed, options);
  // resolvePeople updates people from what this article says; facts set by hand win.
  await applyPersonEdits(tx, counts.personIds);
  await insertDerivedRows(tx, rows);
  let quotes = counts.quotes;
  // A new article has no corrections yet; a re-parsed one gets its corrections applied again.
  if (quotes > 0 && !options.newArticle)
    quotes -= (await applyQuoteCorrections(tx, articleId)).removed;
  return { people: counts.people, quotes };
}

/** Removes what {@link writeDerived} wrote (before a re-parse); corrections stay. */
export async function clearDerived(tx: Queryable, articleId: string): Promise<string[]> {
  const { rows } = await tx.query<{ person_id: string }>(
    "SELECT DISTINCT person_id FROM article_people WHERE article_id = $1",
    [articleId],
  );
  // The quotes' topics in one statement: one run of the counters' trigger (migration 102).
  await tx.query(
    "DELETE FROM quote_topics WHERE quote_id IN (SELECT id FROM quotes WHERE article_id = $1)",
    [articleId],
  );
  for (const table of [
    "quotes",
    "mentions",
    "article_people",
    "person_roles",
    "article_topics",
    "article_places",
  ]) {
    await tx.query(`DELETE FROM ${table} WHERE article_id = $1`, [articleId]);
  }
  return rows.map((r) => r.person_id);
}

/** Deletes people no article, correction or merge refers to any more (among `candidates`). */
export async function deleteOrphanPeople(tx: Queryable, candidates: string[]): Promise<number> {
  if (candidates.length === 0) return 0;
  const { rows } = await tx.query<{ id: string }>(
    `DELETE FROM people p WHERE p.id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM article_people ap WHERE ap.person_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM quote_corrections c WHERE c.speaker_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM person_assignments a WHERE a.person_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM person_merges m WHERE m.into_person_id = p.id)
     RETURNING p.id`,
    [candidates],
  );
  return rows.length;
}
