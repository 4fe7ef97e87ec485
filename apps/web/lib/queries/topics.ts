import { graphql } from "@/lib/graphql";

/** Topics some quote or article carries, with the labels of their ancestors. */
export const TopicsQuery = graphql(`
  query Topics($after: String) {
    topics(filter: { used: true }, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { iptcId label path quoteCount articleCount } }
    }
  }
`);

/** One topic with its place in the tree. */
export const TopicQuery = graphql(`
  query Topic($iptcId: String, $label: String) {
    topic(iptcId: $iptcId, label: $label) {
      id iptcId label path quoteCount articleCount
      parent { iptcId label }
      children { iptcId label quoteCount children { iptcId children { iptcId } } }
    }
  }
`);

/** Speakers of a topic's latest statements, to rank the people who speak about it. */
export const TopicSpeakersQuery = graphql(`
  query TopicSpeakers($filter: QuoteFilter) {
    quotes: statements(filter: $filter, first: 100) {
      edges { node { speaker { id name role country category organization { id name } } } }
    }
  }
`);
