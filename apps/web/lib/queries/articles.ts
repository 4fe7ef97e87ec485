import { QuoteCardFragment } from "@/components/quotes/quote-card";
import { graphql } from "@/lib/graphql";

/** Articles, newest first. */
export const ArticlesQuery = graphql(`
  query Articles($first: Int!, $after: String, $filter: ArticleFilter) {
    sources { id name articleCount }
    articles(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id title publishedAt authors sourceName }
      }
    }
  }
`);

/** Everything the article page shows. */
export const ArticleQuery = graphql(
  `
  query Article($id: ID!) {
    article(id: $id) {
      id
      title
      publishedAt
      authors
      agencies
      url
      readTimeMinutes
      sourceName
      paragraphs { text start end }
      captions { text credit }
      relatedStories { title summary }
      quotes {
        id kind start end cue channel speakerLabel
        speaker { id name role country category }
        ...QuoteCard
      }
      people { id name role country category quoteCount }
      statements { id head { id ...QuoteCard } }
      topics { score topic { id label } }
      places { mentionCount place { id name } }
      corrections { id detail quoteText createdBy createdAt }
    }
  }
`,
  [QuoteCardFragment],
);
