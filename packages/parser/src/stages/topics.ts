import { articleDay } from "../dates/calendar.ts";
import { findDates } from "../dates/find.ts";
import { statedAt } from "../dates/stated-at.ts";
import type { Doc } from "../doc.ts";
import { findPlaces } from "../places/find.ts";
import { articleScores, articleTopics } from "../topics/article-topics.ts";
import { keyPhrases } from "../topics/key-phrases.ts";
import { quoteTopics } from "../topics/quote-topics.ts";

/**
 * Adds what the article and each statement are about and when: IPTC Media Topics for the article
 * (title and lead weighing most; captions and related stories never count) and per statement, key
 * phrases, places with kind and country, dates resolved against the article date, and each
 * quote's statedAt. Pure: returns a new Doc, quotes copied with their topics and date.
 */
export function topics(doc: Doc): Doc {
  // The cues, gazetteer and date words are English: other languages get nothing rather than noise.
  const { language } = doc.article;
  if (
    (language !== "en" && language !== "und") ||
    (doc.sentences.length === 0 && !doc.article.title)
  ) {
    return doc;
  }
  const scores = articleScores(doc);
  const dates = findDates(doc);
  const published = articleDay(doc.article.publishedAt);
  const byStatement = quoteTopics(doc, scores);
  const quotes = doc.quotes.map((q) => ({
    ...q,
    topics: byStatement.get(q.statementId) ?? [],
    statedAt: statedAt(doc, q, dates, published),
  }));
  return {
    ...doc,
    topics: articleTopics(scores),
    keyPhrases: keyPhrases(doc),
    places: findPlaces(doc),
    dates,
    quotes,
  };
}
