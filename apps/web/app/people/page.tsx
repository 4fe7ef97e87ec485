import type { Metadata } from "next";
import Link from "next/link";
import { RankedPeople } from "@/components/people/ranked-people";
import { plural } from "@/lib/format";
import { PeopleQuery } from "@/lib/queries/people";
import { serverQuery } from "@/lib/urql/fetch";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: PageProps<"/people">) {
  const { after } = await searchParams;
  const { people } = await serverQuery(PeopleQuery, {
    first: 50,
    after: typeof after === "string" ? after : null,
  });
  const next = people?.pageInfo.hasNextPage ? people.pageInfo.endCursor : null;
  return (
    <>
      <h1>People</h1>
      <p className="muted">
        {plural(people?.totalCount ?? 0, "person", "people")} quoted, most quoted first.
      </p>
      <RankedPeople people={(people?.edges ?? []).map((e) => e.node)} />
      <nav className="pager" aria-label="Pages">
        {after ? <Link href="/people">← Most quoted</Link> : null}
        {next ? (
          <Link href={`/people?after=${encodeURIComponent(next)}`} rel="next">
            More →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
