"use client";
/** Corrections on a statement card: wrong speaker, not a statement, wrong kind; and their log. */
import { useState } from "react";
import {
  articlePeople,
  markNotStatement,
  reassignSpeaker,
  setKind,
} from "@/lib/corrections/actions";
import { type CorrectionEntry, CorrectionLog } from "./correction-log";
import { useEditor } from "./editor-context";
import { OutcomeMessage } from "./outcome-message";
import { PeoplePicker, type PickablePerson } from "./people-picker";
import { useCorrection } from "./use-correction";

const KINDS = ["DIRECT", "PARTIAL", "INDIRECT"] as const;

export function QuoteCorrections({
  quoteId,
  articleId,
  kind,
  corrections,
}: {
  quoteId: string;
  articleId: string | null;
  kind: string;
  corrections: readonly CorrectionEntry[];
}) {
  const { canEdit } = useEditor();
  const { pending, outcome, apply } = useCorrection();
  const [people, setPeople] = useState<PickablePerson[] | null>(null);
  const [newKind, setNewKind] = useState(kind);
  return (
    <div className="quote-corrections">
      <CorrectionLog entries={corrections} showQuote={false} />
      {canEdit ? (
        <details
          className="correct"
          onToggle={(e) => {
            if (e.currentTarget.open && people === null && articleId)
              articlePeople(articleId).then(setPeople, () => setPeople([]));
          }}
        >
          <summary>Correct this statement</summary>
          <fieldset>
            <legend>Wrong speaker</legend>
            <PeoplePicker
              nearby={people ?? []}
              nearbyLabel="People in this article:"
              action="Said by"
              disabled={pending}
              onPick={(p) =>
                apply(() => reassignSpeaker(quoteId, p.id), `Speaker set to ${p.name}.`)
              }
            />
          </fieldset>
          <fieldset>
            <legend>Wrong kind</legend>
            <div className="inline-form">
              <select
                aria-label="Kind of statement"
                value={newKind}
                onChange={(e) => setNewKind(e.target.value)}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k.charAt(0) + k.slice(1).toLowerCase()}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={pending || newKind === kind}
                onClick={() => apply(() => setKind(quoteId, newKind as (typeof KINDS)[number]))}
              >
                Set kind
              </button>
            </div>
          </fieldset>
          <fieldset>
            <legend>Not a statement</legend>
            <button
              type="button"
              className="danger"
              disabled={pending}
              onClick={() => apply(() => markNotStatement(quoteId), "Removed: not a statement.")}
            >
              Not a statement
            </button>
          </fieldset>
          <OutcomeMessage outcome={outcome} />
        </details>
      ) : null}
    </div>
  );
}
