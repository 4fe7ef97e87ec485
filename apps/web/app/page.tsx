import Link from "next/link";
import { SearchBox } from "@/components/home/search-box";
import { quickViewLinks } from "@/components/home/views";
import { Streamed } from "@/components/layout/streamed";
import { RankedPeople } from "@/components/people/ranked-people";
import { QuoteList } from "@/components/quotes/quote-list";
import { buckets } from "@/lib/facets";
import { plural } from "@/lib/format";
import { HomeQuery } from "@/lib/queries/home";
import { quotesHref } from "@/lib/quote-filter";
import { serverQuery } from "@/lib/urql/fetch";

export default function HomePage() {
  return (
    <Streamed>
      <HomeOverview />
    </Streamed>
  );
}

/** Counts, latest statements, most quoted people and top topics. */
async function HomeOverview() {
  const data = await serverQuery(HomeQuery, {});
  const topics = buckets(data.facets?.topic).slice(0, 10);
  return (
    <>
      <section aria-labelledby="intro">
        <h1 id="intro">Who said what in the news</h1>
        <p className="lede">
          {plural(data.latest?.totalCount ?? 0, "statement")} by{" "}
          {plural(data.people?.totalCount ?? 0, "person", "people")} in{" "}
          {plural(data.articles?.totalCount ?? 0, "article")}, each linked to its speaker and its
          source.
        </p>
        <SearchBox />
        <ul className="views" aria-label="Ready-made views">
          {quickViewLinks.map((v) => (
            <li key={v.href}>
              <Link href={v.href}>{v.label}</Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid-2" style={{ marginTop: "1.5rem" }}>
        <section aria-labelledby="latest">
          <h2 id="latest">Latest statements</h2>
          <QuoteList
            quotes={(data.latest?.edges ?? []).map((e) => e.node.head)}
            empty="No statements yet."
          />
          <p>
            <Link href="/quotes">All statements →</Link>
          </p>
        </section>
        <div>
          <section aria-labelledby="most-quoted">
            <h2 id="most-quoted">Most quoted</h2>
            <RankedPeople people={(data.people?.edges ?? []).map((e) => e.node)} />
            <p>
              <Link href="/people">Everyone →</Link>
            </p>
          </section>
          <section aria-labelledby="top-topics">
            <h2 id="top-topics">Top topics</h2>
            {topics.length ? (
              <ul className="chips">
                {topics.map((t) => (
                  <li key={t.value}>
                    <Link href={quotesHref({ topic: [t.value] })}>
                      {t.label ?? t.value} <span className="muted">({t.count})</span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">No topics yet.</p>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
