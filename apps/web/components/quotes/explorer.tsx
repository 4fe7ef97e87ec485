import Link from "next/link";
import { buckets } from "@/lib/facets";
import { FacetsQuery, PAGE_SIZE, QuotesQuery } from "@/lib/queries/quotes";
import {
  filterToParams,
  parseOrder,
  parseQuoteFilter,
  quotesHref,
  type SearchParamsRecord,
} from "@/lib/quote-filter";
import { ApiError, serverQuery } from "@/lib/urql/fetch";
import { FilterForm } from "./filter-form";
import { FiltersDisclosure } from "./filters-disclosure";
import { LoadMore } from "./load-more";
import { MonthLinks } from "./month-links";
import { QuoteList } from "./quote-list";
import { ViewCharts } from "./view-charts";
import { ViewSummary } from "./view-summary";

/** The statements explorer: facet filters beside a page of statement cards. */
export async function Explorer({ searchParams }: { searchParams: SearchParamsRecord }) {
  const filter = parseQuoteFilter(searchParams);
  const order = parseOrder(searchParams);
  const after = typeof searchParams.after === "string" ? searchParams.after : null;
  const loaded = await Promise.all([
    serverQuery(QuotesQuery, { filter, first: PAGE_SIZE, after, orderBy: order }),
    serverQuery(FacetsQuery, {
      filter,
      officialFilter: { ...filter, official: true },
      nonOfficialFilter: { ...filter, official: false },
    }),
  ]).catch((error: unknown) => {
    // A hand-edited link (a malformed person or article id) is the reader's to fix, not a crash.
    if (error instanceof ApiError && error.code === "BAD_USER_INPUT") return error;
    throw error;
  });
  if (loaded instanceof ApiError) {
    return (
      <p className="message error" role="alert">
        This view's filter is not valid ({loaded.message}). <Link href="/quotes">Start over</Link>.
      </p>
    );
  }
  const [page, facetData] = loaded;
  const quotes = page.quotes;
  const f = facetData.facets;
  const facets = {
    country: buckets(f?.country),
    category: buckets(f?.category),
    official: [
      { value: "true", label: null, count: facetData.officials?.totalCount ?? 0 },
      { value: "false", label: null, count: facetData.nonOfficials?.totalCount ?? 0 },
    ],
    topic: buckets(f?.topic),
    source: buckets(f?.source),
    kind: buckets(f?.kind),
    organization: buckets(f?.organization),
    speakerType: buckets(f?.speakerType),
  };
  const labels = Object.fromEntries(facets.topic.map((t) => [t.value, t.label ?? t.value]));
  const viewKey = filterToParams(filter).toString();
  const edges = quotes?.edges ?? [];
  const next = quotes?.pageInfo.hasNextPage ? quotes.pageInfo.endCursor : null;

  return (
    <div className="grid-sidebar">
      <aside>
        <FiltersDisclosure active={Object.keys(filter).length}>
          <FilterForm key={viewKey + order} facets={facets} filter={filter} order={order} />
          <MonthLinks months={buckets(f?.month)} filter={filter} />
        </FiltersDisclosure>
      </aside>
      <section aria-label="Statements">
        <ViewSummary
          filter={filter}
          order={order}
          total={quotes?.totalCount ?? 0}
          labels={labels}
        />
        <ViewCharts filter={filter} months={buckets(f?.month)} speakers={buckets(f?.speaker)} />
        <QuoteList quotes={edges.map((e) => e.node.head)} />
        <nav className="pager" aria-label="Pages">
          {after ? <Link href={quotesHref(filter, null, order)}>← First page</Link> : null}
          {next ? (
            <Link href={quotesHref(filter, next, order)} rel="next">
              Next page →
            </Link>
          ) : null}
        </nav>
        {next ? (
          <LoadMore
            key={viewKey + order + (after ?? "")}
            filter={filter}
            order={order}
            after={next}
          />
        ) : null}
      </section>
    </div>
  );
}
