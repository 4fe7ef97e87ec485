import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

/** Types without an `id`: graphcache embeds them in their parent instead of normalizing them. */
const embedded = [
  "PageInfo",
  "QuoteConnection",
  "QuoteEdge",
  "ArticleConnection",
  "ArticleEdge",
  "PersonConnection",
  "PersonEdge",
  "Facets",
  "FacetBucket",
  "Paragraph",
  "Caption",
  "RelatedStory",
  "Role",
  "TopicCount",
  "PersonCount",
  "ArticlePreview",
  "ParsedPerson",
  "ParsedQuote",
  "ParsedTopic",
  "IngestArticlePayload",
];

/** The browser's normalized cache: connections merge page by page (cursor pagination). */
export function browserCacheExchange() {
  return cacheExchange({
    keys: Object.fromEntries(embedded.map((name) => [name, () => null])),
    resolvers: {
      Query: { quotes: relayPagination(), articles: relayPagination(), people: relayPagination() },
      Person: { quotes: relayPagination() },
    },
  });
}
