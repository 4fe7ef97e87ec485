/**
 * GraphiQL as the API serves it: the page and its assets come from `@graphql-yoga/render-graphiql`
 * (bundled in the package, no CDN), so it works on a machine without internet access. It opens on
 * "all statements by Ukrainian officials", with paging, facets and more in the tabs beside it.
 */
import type { GraphiQLOptions } from "graphql-yoga";

const ukrainianOfficials = `# All statements by Ukrainian officials. Press ▶ to run.
# More examples in the other tabs: paging, facets, people, articles.
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
`;

const paging = `# Paging: run once, then copy pageInfo.endCursor into "after" in the variables below
# for the next page. Backward paging works too: last: 5, before: <startCursor>.
query Paging($after: String) {
  quotes(filter: {official: true}, first: 5, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { text speaker { name } statedAt } }
  }
}
`;

const facets = `# Facets: counts for one filter. Every facet value works as a filter value as it is
# (country codes, GOVERNMENT, INDIRECT, topic ids), e.g. speakerCategory: [GOVERNMENT].
query Facets {
  facets(filter: {search: "negotiations OR talks"}) {
    total
    country { value label count }
    category { value count }
    kind { value count }
    topic { value label count }
    source { value count }
    month { value count }
  }
  quotes(filter: {search: "negotiations OR talks"}, first: 10) {
    edges { node { text speaker { name } speakerLabel } }
  }
}
`;

const people = `# The most quoted officials, with their roles over time and what they speak about
query MostQuotedOfficials {
  people(filter: {official: true}, orderBy: QUOTES, first: 5) {
    edges {
      node {
        name country category quoteCount
        roles { role organization from to }
        topics { topic { label } count }
        coQuoted { person { name } sharedArticles }
      }
    }
  }
}
`;

const articles = `# Latest articles, with who is quoted in each (quoteCount: in that article)
query LatestArticles {
  articles(first: 10) {
    totalCount
    edges {
      node {
        title sourceName publishedAt url
        people { name quoteCount totalQuoteCount }
      }
    }
  }
}
`;

/** The example tabs GraphiQL opens with (the first one is shown). */
export const exampleTabs = [ukrainianOfficials, paging, facets, people, articles].map((query) => ({
  query,
  variables: query === paging ? '{ "after": null }' : undefined,
}));

/** GraphiQL's options as its page script reads them: `query` opens the editor on that text. */
type PageOptions = GraphiQLOptions & { query?: string };

/** GraphiQL options: title and example tabs. */
const graphiqlOptions: PageOptions = {
  title: "whosaid GraphQL",
  defaultQuery: ukrainianOfficials,
  defaultTabs: exampleTabs,
};

/**
 * The options for one request. GraphiQL keeps its tabs in the browser's storage, and on a return
 * visit without a query it adds an empty tab and shows it, so ▶ runs nothing: unless the address
 * carries its own `?query=` (read by the page itself, never echoed here), the page opens on the
 * Ukrainian-officials tab, which GraphiQL finds among the stored ones when it is unchanged.
 */
export function graphiqlOptionsFor(request: Request): PageOptions {
  if (new URL(request.url).searchParams.has("query")) return graphiqlOptions;
  return { ...graphiqlOptions, query: ukrainianOfficials };
}
