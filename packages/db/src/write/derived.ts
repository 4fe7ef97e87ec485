import type { ParsedArticle } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { applyQuoteCorrections } from "./corrections.ts";
import { resolvePeople } from "./people.ts";
import { applyPersonEdits } from "./person-edits.ts";
import { writeQuotes } from "./quotes.ts";
import { writeArticlePeople, writeRoles } from "./roles.ts";
import { writePlaces, writeTopics } from "./topics.ts";

/** What the parser found in an article, written beside its row: people, quotes, topics, places. */
export async function writeDerived(
  tx: Queryable,
  articleId: string,
  publishedAt: string | null,
  parsed: ParsedArticle,
  options: { newArticle: boolean },
): Promise<{ people: number; quotes: number }> {
  const ids = await resolvePeople(tx, parsed.people ?? [], articleId, options);
  // resolvePeople updates people from what this article says; facts set by hand win.
  await applyPersonEdits(tx, [...new Set(ids.values())]);
  await writeArticlePeople(tx, articleId, parsed.people ?? [], ids);
  await writeRoles(tx, articleId, publishedAt, parsed.people ?? [], ids);
  await writeTopics(tx, articleId, parsed);
  await writePlaces(tx, articleId, parsed);
  let quotes = await writeQuotes(tx, articleId, publishedAt, parsed.quotes ?? [], ids);
  // A new article has no corrections yet; a re-parsed one gets its corrections applied again.
  if (quotes > 0 && !options.newArticle)
    quotes -= (await applyQuoteCorrections(tx, articleId)).removed;
  return { people: new Set(ids.values()).size, quotes };
}

/** Removes what {@link writeDerived} wrote (before a re-parse); corrections stay. */
export async function clearDerived(tx: Queryable, articleId: string): Promise<string[]> {
  const { rows } = await tx.query<{ person_id: string }>(
    "SELECT DISTINCT person_id FROM article_people WHERE article_id = $1",
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
