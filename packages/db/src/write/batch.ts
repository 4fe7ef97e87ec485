import { isDatabaseUnavailable } from "../errors.ts";
import type { Database, Queryable } from "../types.ts";
import { type PreparedArticle, prepareArticle } from "./article.ts";
import { insertArticles } from "./article-rows.ts";
import { type DerivedRows, gatherRows, insertDerivedRows, newDerivedRows } from "./derived.ts";
import { type BatchItem, type IngestResult, ingestEach } from "./ingest.ts";
import { resolveNewArticlesPeople } from "./people.ts";
import { applyPersonEdits } from "./person-edits.ts";
import { checkArticleUrl } from "./web-url.ts";

/**
 * Stores several articles in one transaction. The fast path writes every article's row in one
 * statement, resolves each article's people in turn (the next article must see them), then writes
 * the rest — links, roles, topics, places, quotes — with one statement per table for the whole
 * batch: about two statements per article instead of fourteen, round trips that a loaded or remote
 * server makes expensive. If anything in it fails, the whole transaction is rolled back and the batch is
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
  const valid: (PreparedArticle & { slot: number })[] = [];
  for (const [slot, { parsed, meta = {} }] of items.entries()) {
    try {
      checkArticleUrl(meta.url);
      valid.push({ ...(await prepareArticle(parsed, meta)), slot });
    } catch (error) {
      // Refused before any SQL, as the slow path would refuse it.
      results[slot] = error instanceof Error ? error : new Error(String(error));
    }
  }
  const stored = await insertArticles(tx, valid);
  const fresh = valid.flatMap((a, k) => (stored[k].created ? [{ ...a, id: stored[k].id }] : []));
  for (const [k, { parsed, slot }] of valid.entries())
    if (!stored[k].created)
      results[slot] = { ...stored[k], title: parsed.article.title, people: 0, quotes: 0 };
  // Every new article's people in one look-up and one write (each article sees those before it).
  const ids = await resolveNewArticlesPeople(
    tx,
    fresh.map((a) => a.parsed.people ?? []),
    fresh.map((a) => a.columns.publishedAt),
  );
  for (const [k, { parsed, columns, slot, id }] of fresh.entries()) {
    const counts = await gatherRows(rows, id, columns.publishedAt, parsed, ids[k]);
    for (const p of counts.personIds) people.add(p);
    results[slot] = {
      id,
      created: true,
      title: parsed.article.title,
      people: counts.people,
      quotes: counts.quotes,
    };
  }
  // Facts set by hand win over what the articles said; applied once, after every article's people.
  await applyPersonEdits(tx, [...people]);
  await insertDerivedRows(tx, rows);
  return results;
}
