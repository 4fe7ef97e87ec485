import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleAside } from "@/components/articles/article-aside";
import { ArticleBody } from "@/components/articles/article-body";
import { Captions, RelatedStories } from "@/components/articles/article-extras";
import { formatDate, isoDay } from "@/lib/format";
import { ArticleQuery } from "@/lib/queries/articles";
import { serverQuery } from "@/lib/urql/fetch";

async function load(id: string) {
  const { article } = await serverQuery(ArticleQuery, { id: decodeURIComponent(id) });
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: PageProps<"/articles/[id]">): Promise<Metadata> {
  const article = await load((await params).id);
  return { title: article.title ?? "Article" };
}

export default async function ArticlePage({ params }: PageProps<"/articles/[id]">) {
  const article = await load((await params).id);
  return (
    <article>
      <header>
        <h1>{article.title ?? "Untitled article"}</h1>
        <p className="byline">
          {article.source ? <strong>{article.source.name}</strong> : null}
          {article.authors.length ? <> · By {article.authors.join(", ")}</> : null}
          {article.publishedAt ? (
            <>
              {" · "}
              <time dateTime={isoDay(article.publishedAt)}>{formatDate(article.publishedAt)}</time>
            </>
          ) : null}
          {article.readTimeMinutes ? <> · {article.readTimeMinutes} min read</> : null}
        </p>
      </header>
      <div className="grid-2">
        <div>
          <ArticleBody paragraphs={article.paragraphs} quotes={article.quotes} />
          <Captions captions={article.captions} />
          <RelatedStories stories={article.relatedStories} />
        </div>
        <ArticleAside
          articleId={article.id}
          url={article.url}
          quoteCount={article.quotes.length}
          people={article.people}
          topics={article.topics}
          places={article.places}
        />
      </div>
    </article>
  );
}
