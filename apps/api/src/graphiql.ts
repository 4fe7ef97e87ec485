/** The query GraphiQL opens with: the Ukrainian-officials question, then a few more examples. */
export const defaultQuery = `# whosaid: who said what, across the archive. Pick an operation with the ▶ button.

# All statements by Ukrainian officials
query UkrainianOfficials {
  quotes(filter: {speakerCountry: ["UA"], official: true}, first: 20) {
    totalCount
    edges {
      node {
        text
        kind
        statedAt
        speaker { name role country category organization { name } }
        article { title sourceName publishedAt url }
      }
    }
  }
}

# What British experts said about war, with the sentence around each quote
query BritishExperts {
  quotes(filter: {speakerCountry: ["GB"], speakerCategory: [EXPERT]}, first: 10) {
    totalCount
    edges { node { text sentence speaker { name organization { name } } } }
  }
}

# Full-text search over the quotes, with facets for the same filter
query SearchNegotiations {
  quotes(filter: {search: "negotiations OR talks"}, first: 10) {
    totalCount
    edges { node { text speaker { name } speakerLabel } }
  }
  facets(filter: {search: "negotiations OR talks"}) {
    total
    country { value count }
    category { value count }
    topic { value label count }
    source { value count }
    month { value count }
  }
}

# The most quoted officials, with their roles over time and what they speak about
query MostQuotedOfficials {
  people(filter: {official: true}, orderBy: QUOTES, first: 5) {
    edges {
      node {
        name country category quoteCount
        roles { role organization from article { title } }
        topics { topic { label } count }
        coQuoted { person { name } sharedArticles }
      }
    }
  }
}

# Latest articles
query LatestArticles {
  articles(first: 10) {
    totalCount
    edges { node { id title sourceName publishedAt authors } }
  }
}
`;
