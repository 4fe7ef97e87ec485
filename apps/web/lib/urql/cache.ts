import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

/** Types without an `id`: graphcache embeds them in their parent instead of normalizing them. */
const embedded = [
  "PageInfo",
  "QueryQuotesConnection",
  "QueryQuotesConnectionEdge",
  "QueryArticlesConnection",
  "QueryArticlesConnectionEdge",
  "QueryPeopleConnection",
  "QueryPeopleConnectionEdge",
  "QueryTopicsConnection",
  "QueryTopicsConnectionEdge",
  "PersonQuotesConnection",
  "PersonQuotesConnectionEdge",
  "StatementConnection",
  "StatementEdge",
  "Facets",
  "Count",
  "Paragraph",
  "QuoteSpan",
  "Caption",
  "RelatedStory",
  "PersonRole",
  "TopicCount",
  "CoQuotedPerson",
  "ScoredTopic",
  "ArticlePlace",
  "ArticlePreview",
  "PreviewPerson",
  "PreviewQuote",
  "IngestArticlePayload",
];

/** The browser's normalized cache: connections merge page by page (cursor pagination). */
export function browserCacheExchange() {
  return cacheExchange({
    keys: Object.fromEntries(embedded.map((name) => [name, () => null])),
    resolvers: {
      Query: {
        quotes: relayPagination(),
        statements: relayPagination(),
        articles: relayPagination(),
        people: relayPagination(),
      },
      Person: { quotes: relayPagination(), statements: relayPagination() },
    },
  });
}
