"use client";
/** Corrections on a statement card: wrong speaker, not a statement, wrong kind; and their log. */
import { useState } from "react";
import {
  articlePeople,
  markNotStatement,
  reassignSpeaker,
  setKind,
} from "@/lib/corrections/actions";
import { KIND_LABELS, KINDS, type Kind } from "@/lib/vocabulary";
import type { CorrectionEntry } from "./correction-log";
import { CorrectionPanel } from "./correction-panel";
import { PeoplePicker, type PickablePerson } from "./people-picker";

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
  const [people, setPeople] = useState<PickablePerson[] | null>(null);
  const [newKind, setNewKind] = useState(kind);
  return (
    <div className="quote-corrections">
      <CorrectionPanel
        entries={corrections}
        showQuote={false}
        summary="Correct this statement"
        onOpen={() => {
          if (people === null && articleId)
            articlePeople(articleId).then(setPeople, () => setPeople([]));
        }}
      >
        {({ pending, apply }) => (
          <>
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
                      {KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  disabled={pending || newKind === kind}
                  onClick={() => apply(() => setKind(quoteId, newKind as Kind))}
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
          </>
        )}
      </CorrectionPanel>
    </div>
  );
}
