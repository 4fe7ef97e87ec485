import Link from "next/link";
import type { ResultOf } from "@/lib/graphql";
import type { IngestMutation, PreviewMutation } from "@/lib/queries/ingest";
import { quotesHref } from "@/lib/quote-filter";
import { ParseListsView, personDetails } from "./parse-lists";

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
  const lists = {
    people: article.people.map((p) => ({ name: p.name ?? "Unnamed", details: personDetails(p) })),
    quotes: article.quotes.map((q) => ({
      text: q.text ?? "",
      kind: q.kind,
      who: q.speaker?.name ?? q.speakerLabel ?? "unattributed",
    })),
    topics: article.topics.flatMap((t) => (t.topic?.label ? [t.topic.label] : [])),
  };
  return (
    <section className="message ok" role="status" aria-label="Saved article">
      <p>
        {created ? "Saved" : "Already saved (same content)"}:{" "}
        <Link href={`/articles/${encodeURIComponent(article.id)}`}>
          {article.title ?? "the article"}
        </Link>
        , with {lists.quotes.length} statements by {lists.people.length} people.{" "}
        <Link href={quotesHref({ articleId: [article.id] })}>See its statements →</Link>
      </p>
      <Warnings warnings={payload.warnings} />
      <ParseListsView lists={lists} />
    </section>
  );
}

function PreviewView({ preview: p }: { preview: Preview }) {
  const lists = {
    people: (p.people ?? []).map((person) => ({
      name: person.name ?? "Unnamed",
      details: personDetails(person),
    })),
    quotes: (p.quotes ?? []).map((q) => ({
      text: q.text ?? "",
      kind: q.kind,
      who: q.speakerName ?? q.speakerLabel ?? "unattributed",
    })),
    topics: [...(p.topics ?? [])],
  };
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
      <ParseListsView lists={lists} />
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
