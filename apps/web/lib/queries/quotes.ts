import { QuoteCardFragment } from "@/components/quotes/quote-card";
import { graphql } from "@/lib/graphql";

/** Page size of statement lists. */
export const PAGE_SIZE = 20;

/**
 * A page of statements for a filter (newest first unless asked), with the total count of
 * statements: the pieces of one statement come once, as its head piece with the others inside.
 */
export const QuotesQuery = graphql(
  `
  query Quotes($filter: QuoteFilter, $first: Int!, $after: String, $orderBy: QuoteOrder) {
    quotes: statements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id head { id ...QuoteCard } } }
    }
  }
`,
  [QuoteCardFragment],
);

/** Counts for the explorer's facet filters under the current filter. */
export const FacetsQuery = graphql(`
  query Facets($filter: QuoteFilter, $officialFilter: QuoteFilter, $nonOfficialFilter: QuoteFilter) {
    facets(filter: $filter, first: 50) {
      total
      country { value label count }
      category { value label count }
      topic { value label count }
      source { value label count }
      month { value label count }
      kind { value label count }
      organization { value label count }
      speakerType { value label count }
      speaker { value label count }
    }
    officials: statements(filter: $officialFilter, first: 1) { totalCount }
    nonOfficials: statements(filter: $nonOfficialFilter, first: 1) { totalCount }
  }
`);
