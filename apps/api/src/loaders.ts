/**
 * Per-request DataLoaders: every field that needs a related row asks its loader, so a page of N
 * quotes costs one statement per relation, not N.
 */
import type { Database } from "@whosaid/db";
import * as read from "@whosaid/db/read";
import DataLoader from "dataloader";

function loader<V>(batch: (ids: readonly string[]) => Promise<V[]>) {
  return new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
}

/** Builds the loaders for one request (their caches must never outlive it). */
export function createLoaders(db: Database) {
  return {
    article: loader((ids) => read.articlesByIds(db, ids)),
    articleBody: loader((ids) => read.articleBodiesByIds(db, ids)),
    person: loader((ids) => read.peopleByIds(db, ids)),
    quote: loader((ids) => read.quotesByIds(db, ids)),
    statement: loader((ids) => read.statementsByIds(db, ids)),
    statementsByArticle: loader((ids) => read.statementsByArticleIds(db, ids)),
    statementCountByPerson: loader((ids) => read.statementCountsByPersonIds(db, ids)),
    topic: loader((ids) => read.topicsByIds(db, ids)),
    place: loader((ids) => read.placesByIds(db, ids)),
    quotesByArticle: loader((ids) => read.quotesByArticleIds(db, ids)),
    peopleByArticle: loader((ids) => read.peopleByArticleIds(db, ids)),
    topicsByArticle: loader((ids) => read.topicsByArticleIds(db, ids)),
    placesByArticle: loader((ids) => read.placesByArticleIds(db, ids)),
    topicsByQuote: loader((ids) => read.topicsByQuoteIds(db, ids)),
    rolesByPerson: loader((ids) => read.rolesByPersonIds(db, ids)),
    personStats: loader((ids) => read.statsByPersonIds(db, ids)),
    topicStats: loader((ids) => read.statsByTopicIds(db, ids)),
    childTopics: loader((ids) => read.childTopics(db, ids)),
    correctionsByQuote: loader((ids) => read.correctionsByQuoteIds(db, ids)),
    correctionsByArticle: loader((ids) => read.correctionsByArticleIds(db, ids)),
    correctionsByPerson: loader((ids) => read.correctionsByPersonIds(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A row a stored reference points at (a quote's article, a correction's person): the foreign key
 * guarantees it, so a missing one is a server error, never a null in a non-null field.
 */
export async function referenced<V>(row: Promise<V | null>): Promise<V> {
  const value = await row;
  if (value === null) throw new Error("A referenced row is missing.");
  return value;
}
