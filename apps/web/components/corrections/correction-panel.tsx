"use client";
/**
 * What the person and statement correction forms share: the log of corrections, then, for an
 * editor, the tools in a disclosure that ends with the outcome of the last correction. The tools
 * get `apply` (run an action, then re-render from the server) and `pending`.
 */
import type { ReactNode } from "react";
import { type CorrectionEntry, CorrectionLog } from "./correction-log";
import { useEditor } from "./editor-context";
import { OutcomeMessage } from "./outcome-message";
import { useCorrection } from "./use-correction";

export type Correction = Omit<ReturnType<typeof useCorrection>, "outcome">;

export function CorrectionPanel({
  entries,
  showQuote,
  summary,
  onOpen,
  children,
}: {
  entries: readonly CorrectionEntry[];
  showQuote?: boolean;
  /** The disclosure's label ("Correct this person"). */
  summary: string;
  /** Called when the editor opens the tools (to load what they offer). */
  onOpen?: () => void;
  children: (correction: Correction) => ReactNode;
}) {
  const { canEdit } = useEditor();
  const { outcome, ...correction } = useCorrection();
  return (
    <>
      <CorrectionLog entries={entries} showQuote={showQuote} />
      {canEdit ? (
        <details
          className="correct"
          onToggle={(e) => {
            if (e.currentTarget.open) onOpen?.();
          }}
        >
          <summary>{summary}</summary>
          {children(correction)}
          <OutcomeMessage outcome={outcome} />
        </details>
      ) : null}
    </>
  );
}
