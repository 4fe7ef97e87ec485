import { isDatabaseUnavailable } from "../errors.ts";
import type { Database, Queryable } from "../types.ts";
import { articleColumns, insertArticle } from "./article.ts";
import {
  type DerivedRows,
  insertDerivedRows,
  newDerivedRows,
  resolveAndGather,
} from "./derived.ts";
import { type BatchItem, type IngestResult, ingestEach } from "./ingest.ts";
import { applyPersonEdits } from "./person-edits.ts";
import { checkArticleUrl } from "./web-url.ts";

/**
 * Stores several articles in one transaction. The fast path writes each article's row and
 * resolves its people as it goes (the next article must see both), then writes the rest of the
 * batch — links, roles, topics, places, quotes — with one statement per table: about four
 * statements per article instead of fourteen, which is what a loaded server or a remote one makes
 * expensive. If anything in it fails, the whole transaction is rolled back and the batch is
 * written again article by article in savepoints ({@link ingestEach}), so that a bad article is
 * rolled back alone and reported as an Error in its slot. If the transaction itself fails (e.g. the
 * connection drops), nothing of the batch is stored and it throws.
 */
export async function ingestBatch(
  db: Database,
  items: BatchItem[],
): Promise<(IngestResult | Error)[]> {
  if (items.length > 1) {
    try {
      return await db.transaction((tx) => writeAtOnce(tx, items));
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      // An article the fast path could not store: find it, and store the others, one by one.
    }
  }
  return ingestEach(db, items);
}

async function writeAtOnce(tx: Queryable, items: BatchItem[]): Promise<(IngestResult | Error)[]> {
  const rows: DerivedRows = newDerivedRows();
  const results: (IngestResult | Error)[] = [];
  const people = new Set<string>();
  for (const { parsed, meta = {} } of items) {
    try {
      checkArticleUrl(meta.url);
    } catch (error) {
      // Refused before any SQL, as the slow path would refuse it.
      results.push(error instanceof Error ? error : new Error(String(error)));
      continue;
    }
    const { id, created } = await insertArticle(tx, parsed, meta);
    const title = parsed.article.title;
    if (!created) {
      results.push({ id, created, title, people: 0, quotes: 0 });
      continue;
    }
    const publishedAt = articleColumns(parsed, meta).publishedAt;
    const counts = await resolveAndGather(tx, rows, id, publishedAt, parsed, { newArticle: true });
    for (const p of counts.personIds) people.add(p);
    results.push({ id, created, title, people: counts.people, quotes: counts.quotes });
  }
  // Facts set by hand win over what the articles said; applied once, after every article's people.
  await applyPersonEdits(tx, [...people]);
  await insertDerivedRows(tx, rows);
  return results;
}
