import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { plural } from "@/lib/format";
import { ArticlesQuery } from "@/lib/queries/articles";
import { serverQuery } from "@/lib/urql/fetch";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: PageProps<"/articles">) {
  const { after } = await searchParams;
  const { articles } = await serverQuery(ArticlesQuery, {
    first: 30,
    after: typeof after === "string" ? after : null,
  });
  const next = articles?.pageInfo.hasNextPage ? articles.pageInfo.endCursor : null;
  return (
    <>
      <h1>Articles</h1>
      <p className="muted">{plural(articles?.totalCount ?? 0, "article")}, newest first.</p>
      <ArticleList articles={(articles?.edges ?? []).map((e) => e.node)} />
      <nav className="pager" aria-label="Pages">
        {after ? <Link href="/articles">← Newest</Link> : null}
        {next ? (
          <Link href={`/articles?after=${encodeURIComponent(next)}`} rel="next">
            Older →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
