import Link from "next/link";
import { formatDate, isoDay } from "@/lib/format";

export interface ArticleSummary {
  id: string;
  title: string | null;
  publishedAt: string | null;
  authors: readonly string[] | null;
  sourceName: string | null;
}

/** A list of articles: title, source, date, authors. */
export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  if (articles.length === 0) {
    return (
      <p className="message info">
        No articles yet. <Link href="/ingest">Add one</Link> or run <code>pnpm whosaid ingest</code>
        .
      </p>
    );
  }
  return (
    <ul className="quote-list">
      {articles.map((a) => (
        <li key={a.id} className="panel">
          <h2 style={{ margin: 0, fontSize: "1.1rem" }}>
            <Link href={`/articles/${encodeURIComponent(a.id)}`} prefetch={false}>
              {a.title ?? "Untitled article"}
            </Link>
          </h2>
          <p className="small muted" style={{ margin: "0.2rem 0 0" }}>
            {[a.sourceName, (a.authors ?? []).join(", ")].filter(Boolean).join(" · ")}
            {a.publishedAt ? (
              <>
                {" · "}
                <time dateTime={isoDay(a.publishedAt)}>{formatDate(a.publishedAt)}</time>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
