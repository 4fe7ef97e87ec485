import { graphql } from "@/lib/graphql";

/** The person page: identity, roles, what they speak about, who is quoted beside them. */
export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id name aliases country category isOfficial role party wikidataId quoteCount statementCount articleCount
      organization { id name }
      roles { role organization country from to article { id title } }
      topics(first: 12) { count topic { id label } }
      coQuoted(first: 10) { sharedArticles person { id name country role } }
      articles(first: 100) { edges { node { id title } } }
      corrections { id detail createdBy createdAt }
    }
  }
`);

/** Statements by month for the person's timeline. */
export const PersonTimelineQuery = graphql(`
  query PersonTimeline($filter: QuoteFilter) {
    facets(filter: $filter, first: 200) { month { value count } }
  }
`);

/** People ranked by their statements (as the explorer counts them). */
export const PeopleQuery = graphql(`
  query People($first: Int!, $after: String, $filter: PersonFilter) {
    people(first: $first, after: $after, orderBy: STATEMENTS, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name role country category statementCount organization { id name } } }
    }
  }
`);
