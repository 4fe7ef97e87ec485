import { QuoteCardFragment } from "@/components/quotes/quote-card";
import { graphql } from "@/lib/graphql";

/** Everything on the home page, in one request. */
export const HomeQuery = graphql(
  `
  query Home {
    latest: statements(first: 6) {
      totalCount
      edges { node { id head { id ...QuoteCard } } }
    }
    people(first: 8, orderBy: STATEMENTS, filter: { quoted: true }) {
      totalCount
      edges { node { id name role country category statementCount organization { id name } } }
    }
    facets(first: 10) { topic { value label count } }
    articles(first: 1) { totalCount }
  }
`,
  [QuoteCardFragment],
);
