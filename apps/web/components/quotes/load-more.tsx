"use client";

import { useQuery } from "@urql/next";
import { Suspense, useState } from "react";
import { PAGE_SIZE, QuotesQuery } from "@/lib/queries/quotes";
import type { QuoteFilterInput, QuoteOrder } from "@/lib/quote-filter";
import { QuoteList } from "./quote-list";

/** Pages after the server-rendered one; graphcache's relayPagination merges them into one list. */
function MorePages({
  filter,
  order,
  after,
}: {
  filter: QuoteFilterInput;
  order: QuoteOrder;
  after: string;
}) {
  const [cursor, setCursor] = useState(after);
  const [result] = useQuery({
    query: QuotesQuery,
    variables: { filter, first: PAGE_SIZE, after: cursor, orderBy: order },
  });
  if (result.error)
    return <p className="message error">Could not load more: {result.error.message}</p>;
  const quotes = result.data?.quotes;
  if (!quotes) return null;
  const next = quotes.pageInfo.hasNextPage ? quotes.pageInfo.endCursor : null;
  return (
    <>
      <div style={{ marginTop: "0.75rem" }}>
        <QuoteList quotes={quotes.edges.map((e) => e.node.head)} />
      </div>
      {next ? (
        <button
          type="button"
          className="secondary"
          style={{ marginTop: "0.75rem" }}
          disabled={result.fetching}
          onClick={() => setCursor(next)}
        >
          {result.fetching ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </>
  );
}

/** "Load more" below the first page: appends the following pages in place. */
export function LoadMore({
  filter,
  order,
  after,
}: {
  filter: QuoteFilterInput;
  order: QuoteOrder;
  after: string;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        className="secondary"
        style={{ marginTop: "0.75rem" }}
        onClick={() => setOpen(true)}
      >
        Load more here
      </button>
    );
  }
  return (
    <Suspense fallback={<p role="status">Loading more statements…</p>}>
      <MorePages filter={filter} order={order} after={after} />
    </Suspense>
  );
}
