import type { Metadata } from "next";
import Link from "next/link";
import { Streamed } from "@/components/layout/streamed";
import { PeopleFilter } from "@/components/people/people-filter";
import { RankedPeople } from "@/components/people/ranked-people";
import { plural } from "@/lib/format";
import { parsePersonFilter } from "@/lib/person-filter";
import { PeopleQuery } from "@/lib/queries/people";
import type { SearchParamsRecord } from "@/lib/quote-filter";
import { serverQuery } from "@/lib/urql/fetch";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: PageProps<"/people">) {
  const params = await searchParams;
  return (
    <>
      <h1>People</h1>
      <Streamed>
        <PeopleResults params={params} />
      </Streamed>
    </>
  );
}

/** One page of people under the filter, most quoted first. */
async function PeopleResults({ params }: { params: SearchParamsRecord }) {
  const filter = parsePersonFilter(params);
  const after = typeof params.after === "string" ? params.after : null;
  const { people } = await serverQuery(PeopleQuery, { first: 50, after, filter });
  const next = people.pageInfo.hasNextPage ? people.pageInfo.endCursor : null;
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) =>
      k === "after" || typeof v !== "string" ? [] : [[k, v]],
    ),
  );
  const moreHref = (cursor: string) =>
    `/people?${new URLSearchParams([...query, ["after", cursor]])}`;
  return (
    <>
      <PeopleFilter filter={filter} />
      <p className="muted" data-testid="total-count">
        {plural(people.totalCount ?? 0, "person", "people")}
        {filter.quoted ? " quoted" : ""}, most quoted first.
      </p>
      <RankedPeople people={people.edges.map((e) => e.node)} />
      <nav className="pager" aria-label="Pages">
        {after ? <Link href={`/people?${query}`}>← Most quoted</Link> : null}
        {next ? (
          <Link href={moreHref(next)} rel="next">
            More →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
