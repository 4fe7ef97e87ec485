import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleAside } from "@/components/articles/article-aside";
import { ArticleBody, type BodyQuote } from "@/components/articles/article-body";
import { Captions, RelatedStories } from "@/components/articles/article-extras";
import { CorrectionLog } from "@/components/corrections/correction-log";
import { QuoteList } from "@/components/quotes/quote-list";
import { formatDate, isoDay } from "@/lib/format";
import { ArticleQuery } from "@/lib/queries/articles";
import { isStoryHeadline } from "@/lib/related-stories";
import { serverLookup } from "@/lib/urql/fetch";

async function load(id: string) {
  const { article } = await serverLookup(ArticleQuery, { id: decodeURIComponent(id) });
  if (!article) notFound();
  return article;
}

type Article = Awaited<ReturnType<typeof load>>;

/** The article's lists with the API's nullable fields settled. */
function settle(article: Article) {
  const quotes: BodyQuote[] = (article.quotes ?? []).flatMap((q) =>
    q.start == null || q.end == null
      ? []
      : [{ ...q, kind: q.kind ?? "DIRECT", start: q.start, end: q.end }],
  );
  return {
    quotes,
    paragraphs: (article.paragraphs ?? []).map((p) => ({
      text: p.text ?? "",
      start: p.start ?? 0,
      end: p.end ?? 0,
    })),
    captions: (article.captions ?? []).map((c) => ({ text: c.text ?? "", credit: c.credit })),
    related: (article.relatedStories ?? [])
      .map((r) => ({ title: r.title ?? "", summary: r.summary }))
      .filter((r) => isStoryHeadline(r.title)),
    topics: (article.topics ?? []).flatMap((t) =>
      t.topic ? [{ id: t.topic.id, label: t.topic.label ?? t.topic.id }] : [],
    ),
    places: (article.places ?? []).flatMap((p) =>
      p.place ? [{ id: p.place.id, name: p.place.name ?? "" }] : [],
    ),
  };
}

export async function generateMetadata({ params }: PageProps<"/articles/[id]">): Promise<Metadata> {
  const article = await load((await params).id);
  return { title: article.title ?? "Article" };
}

export default async function ArticlePage({ params }: PageProps<"/articles/[id]">) {
  // Awaited before the first byte, outside any Suspense boundary: a missing article answers 404.
  const article = await load((await params).id);
  const parts = settle(article);
  const authors = article.authors ?? [];
  return (
    <article>
      <header>
        <h1>{article.title ?? "Untitled article"}</h1>
        <p className="byline">
          {article.sourceName ? <strong>{article.sourceName}</strong> : null}
          {authors.length ? <> · By {authors.join(", ")}</> : null}
          {article.agencies.length ? <> · {article.agencies.join(", ")}</> : null}
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
          <ArticleBody paragraphs={parts.paragraphs} quotes={parts.quotes} />
          <Captions captions={parts.captions} />
          <RelatedStories stories={parts.related} />
          <section aria-labelledby="statements-heading">
            <h2 id="statements-heading">Statements, in reading order</h2>
            {/* One card per statement (its pieces shown inside it), in reading order. */}
            <QuoteList
              quotes={(article.statements ?? []).map((s) => s.head)}
              empty="No statements found in this article."
            />
          </section>
          {article.corrections?.length ? (
            <section aria-labelledby="corrections-heading">
              <h2 id="corrections-heading">Corrections to this article's statements</h2>
              <CorrectionLog entries={article.corrections} />
            </section>
          ) : null}
        </div>
        <ArticleAside
          articleId={article.id}
          url={article.url}
          quoteCount={article.statements?.length ?? parts.quotes.length}
          speakerIds={new Set(parts.quotes.flatMap((q) => (q.speaker ? [q.speaker.id] : [])))}
          people={article.people ?? []}
          topics={parts.topics}
          places={parts.places}
        />
      </div>
    </article>
  );
}
