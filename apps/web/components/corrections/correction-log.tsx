"use client";
/** The corrections made to a statement, article or person: what, who, when, and Undo. */
import { undoCorrection } from "@/lib/corrections/actions";
import { formatDate, isoDay } from "@/lib/format";
import { useEditor } from "./editor-context";
import { useCorrection } from "./use-correction";

export interface CorrectionEntry {
  id: string;
  detail: string;
  quoteText?: string | null;
  createdBy: string | null;
  createdAt: string;
}

export function CorrectionLog({
  entries,
  showQuote = true,
}: {
  entries: readonly CorrectionEntry[];
  /** Quote the statement each correction is about (not on the statement's own card). */
  showQuote?: boolean;
}) {
  const { canEdit } = useEditor();
  const { pending, outcome, apply } = useCorrection();
  if (!entries.length) return null;
  return (
    <ul className="correction-log">
      {entries.map((c) => (
        <li key={c.id} data-testid="correction">
          <span className="badge">Corrected</span> {c.detail}
          {showQuote && c.quoteText ? <q className="small"> {c.quoteText.slice(0, 80)}</q> : null}{" "}
          <span className="small">
            by {c.createdBy ?? "unknown"} on{" "}
            <time dateTime={c.createdAt}>{formatDate(isoDay(c.createdAt))}</time>
          </span>
          {canEdit ? (
            <button
              type="button"
              className="link-button"
              disabled={pending}
              onClick={() => apply(() => undoCorrection(c.id), "Undone.")}
            >
              Undo
            </button>
          ) : null}
        </li>
      ))}
      {outcome && !outcome.ok ? (
        <li role="alert" className="message error">
          {outcome.message}
        </li>
      ) : null}
    </ul>
  );
}
