import Link from "next/link";
import { FacetsQuery, PAGE_SIZE, QuotesQuery } from "@/lib/queries/quotes";
import {
  filterToParams,
  parseQuoteFilter,
  quotesHref,
  type SearchParamsRecord,
} from "@/lib/quote-filter";
import { serverQuery } from "@/lib/urql/fetch";
import { FilterForm } from "./filter-form";
import { LoadMore } from "./load-more";
import { MonthLinks } from "./month-links";
import { QuoteList } from "./quote-list";
import { ViewSummary } from "./view-summary";

/** The statements explorer: facet filters beside a page of statement cards. */
export async function Explorer({ searchParams }: { searchParams: SearchParamsRecord }) {
  const filter = parseQuoteFilter(searchParams);
  const after = typeof searchParams.after === "string" ? searchParams.after : null;
  const [page, facetData] = await Promise.all([
    serverQuery(QuotesQuery, { filter, first: PAGE_SIZE, after }),
    serverQuery(FacetsQuery, { filter }),
  ]);
  const { quotes } = page;
  const { facets } = facetData;
  const topicLabels = Object.fromEntries(facets.topic.map((t) => [t.value, t.label ?? t.value]));
  const viewKey = filterToParams(filter).toString();

  return (
    <div className="grid-sidebar">
      <aside>
        <FilterForm key={viewKey} facets={facets} filter={filter} />
        <MonthLinks months={facets.month} filter={filter} />
      </aside>
      <section aria-label="Statements">
        <ViewSummary filter={filter} total={quotes.totalCount} labels={topicLabels} />
        <QuoteList quotes={quotes.edges.map((e) => e.node)} />
        <nav className="pager" aria-label="Pages">
          {after ? <Link href={quotesHref(filter)}>← First page</Link> : null}
          {quotes.pageInfo.hasNextPage && quotes.pageInfo.endCursor ? (
            <Link href={quotesHref(filter, quotes.pageInfo.endCursor)} rel="next">
              Next page →
            </Link>
          ) : null}
        </nav>
        {quotes.pageInfo.hasNextPage && quotes.pageInfo.endCursor ? (
          <LoadMore
            key={viewKey + (after ?? "")}
            filter={filter}
            after={quotes.pageInfo.endCursor}
          />
        ) : null}
      </section>
    </div>
  );
}
