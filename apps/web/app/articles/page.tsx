import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { ArticlesFilter } from "@/components/articles/articles-filter";
import { Streamed } from "@/components/layout/streamed";
import { plural } from "@/lib/format";
import { ArticlesQuery } from "@/lib/queries/articles";
import type { SearchParamsRecord } from "@/lib/quote-filter";
import { serverQuery } from "@/lib/urql/fetch";

export const metadata: Metadata = { title: "Articles" };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export default async function ArticlesPage({ searchParams }: PageProps<"/articles">) {
  const params = await searchParams;
  return (
    <>
      <h1>Articles</h1>
      <Streamed>
        <ArticleResults params={params} />
      </Streamed>
    </>
  );
}

/** One page of articles under the search, newest first. */
async function ArticleResults({ params }: { params: SearchParamsRecord }) {
  const [search, source, after] = [one(params.q), one(params.source), one(params.after)];
  const filter = { ...(search ? { search } : {}), ...(source ? { source: [source] } : {}) };
  const { articles, sources } = await serverQuery(ArticlesQuery, {
    first: 30,
    after: after || null,
    filter,
  });
  const next = articles.pageInfo.hasNextPage ? articles.pageInfo.endCursor : null;
  const keep = new URLSearchParams({
    ...(search ? { q: search } : {}),
    ...(source ? { source } : {}),
  });
  return (
    <>
      <ArticlesFilter search={search} source={source} sources={sources} />
      <p className="muted">{plural(articles.totalCount ?? 0, "article")}, newest first.</p>
      <ArticleList articles={articles.edges.map((e) => e.node)} />
      <nav className="pager" aria-label="Pages">
        {after ? <Link href={`/articles?${keep}`}>← Newest</Link> : null}
        {next ? (
          <Link href={`/articles?${new URLSearchParams([...keep, ["after", next]])}`} rel="next">
            Older →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
