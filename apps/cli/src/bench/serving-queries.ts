/** The questions the serving benchmark asks, as a reader of the archive would. */

const QUOTE_FIELDS = `edges { cursor node { id text kind statedAt speaker { name role country }
  article { title sourceName publishedAt url } } } pageInfo { hasNextPage endCursor }`;

/** Quotes for a filter, 20 at a time, with the total. */
export const QUOTES_PAGE = `query ($filter: QuoteFilter, $after: String) {
  quotes(filter: $filter, first: 20, after: $after) { totalCount ${QUOTE_FIELDS} } }`;

/** The same page without the total (paging deep does not re-count). */
export const QUOTES_PAGE_NO_TOTAL = `query ($filter: QuoteFilter, $after: String) {
  quotes(filter: $filter, first: 20, after: $after) { ${QUOTE_FIELDS} } }`;

/** The person quoted most often (for "a person's statements"). */
export const TOP_SPEAKER = `{ people(orderBy: QUOTES, first: 1) { edges { node { id name } } } }`;

export const FACETS = ["country", "category", "topic", "source", "month", "kind", "organization"];

/** One facet's counts (20 values) for a filter. */
export const facetQuery = (facet: string) => `query ($filter: QuoteFilter) {
  facets(filter: $filter, first: 20) { ${facet} { value count } } }`;

export const OFFICIALS = { speakerCountry: ["UA"], official: true };
