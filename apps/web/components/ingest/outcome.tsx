import Link from "next/link";
import { countryName, enumLabel } from "@/lib/format";
import type { ResultOf } from "@/lib/graphql";
import type { IngestMutation, PreviewMutation } from "@/lib/queries/ingest";
import { quotesHref } from "@/lib/quote-filter";

type Preview = NonNullable<ResultOf<typeof PreviewMutation>["previewArticle"]>;
type Saved = NonNullable<ResultOf<typeof IngestMutation>["ingestArticle"]>;

export type Outcome =
  | { type: "error"; message: string }
  | { type: "preview"; preview: Preview }
  | { type: "saved"; payload: Saved };

function Warnings({ warnings }: { warnings: readonly string[] | null }) {
  if (!warnings?.length) return null;
  return (
    <ul className="small">
      {warnings.map((w) => (
        <li key={w}>{w}</li>
      ))}
    </ul>
  );
}

function SavedView({ payload }: { payload: Saved }) {
  const { article, created } = payload;
  if (!article) return <p className="message error">The API stored nothing.</p>;
  return (
    <div className="message ok" role="status">
      <p>
        {created ? "Saved" : "Already saved (same content)"}:{" "}
        <Link href={`/articles/${encodeURIComponent(article.id)}`}>
          {article.title ?? "the article"}
        </Link>
        , with {article.quotes?.length ?? 0} statements by {article.people?.length ?? 0} people.
      </p>
      <Warnings warnings={payload.warnings} />
      <p style={{ margin: 0 }}>
        <Link href={quotesHref({ articleId: [article.id] })}>See its statements →</Link>
      </p>
    </div>
  );
}

function PreviewView({ preview: p }: { preview: Preview }) {
  const people = p.people ?? [];
  const quotes = p.quotes ?? [];
  return (
    <section className="message info" aria-label="Preview">
      <h2 style={{ marginTop: 0 }}>Preview (not saved)</h2>
      <p>
        <strong>{p.title ?? "No title found"}</strong>
        {p.source ? ` · ${p.source}` : ""}
        {p.publishedAt ? ` · ${p.publishedAt}` : ""}
      </p>
      {p.existingArticle ? (
        <p>
          Already in the archive:{" "}
          <Link href={`/articles/${encodeURIComponent(p.existingArticle.id)}`}>
            {p.existingArticle.title ?? "open it"}
          </Link>
        </p>
      ) : null}
      <Warnings warnings={p.warnings} />
      <h3>People ({people.length})</h3>
      <ul>
        {people.map((person) => (
          <li key={person.name}>
            {person.name}
            <span className="muted small">
              {[
                person.role,
                person.organization,
                person.country ? countryName(person.country) : null,
                person.category ? enumLabel(person.category) : null,
              ]
                .filter(Boolean)
                .map((t) => ` · ${t}`)}
            </span>
          </li>
        ))}
      </ul>
      <h3>Statements ({quotes.length})</h3>
      <ul>
        {quotes.map((q, i) => (
          <li key={`${i}-${q.text?.slice(0, 20)}`}>
            “{q.text}” — {q.speakerName ?? q.speakerLabel ?? "unattributed"}{" "}
            <span className={`badge kind-${q.kind?.toLowerCase()}`}>{enumLabel(q.kind)}</span>
          </li>
        ))}
      </ul>
      <h3>Topics</h3>
      <p>{(p.topics ?? []).join(" · ") || "None found"}</p>
    </section>
  );
}

/** The result of a preview or a save, or a clear error. */
export function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (outcome.type === "error") {
    return (
      <p className="message error" role="alert">
        {outcome.message}
      </p>
    );
  }
  if (outcome.type === "saved") return <SavedView payload={outcome.payload} />;
  return <PreviewView preview={outcome.preview} />;
}
