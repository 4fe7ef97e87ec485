"use client";

import { useMutation } from "@urql/next";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ingestErrorMessage, validateIngestInput } from "@/lib/ingest-errors";
import { IngestMutation, PreviewMutation } from "@/lib/queries/ingest";
import { IngestFields } from "./ingest-fields";
import { type Outcome, OutcomeView } from "./outcome";

/** Paste an article (or give its URL), preview what whosaid finds in it, then save it with the ingest token. */
export function IngestForm() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [preview, runPreview] = useMutation(PreviewMutation);
  const [ingest, runIngest] = useMutation(IngestMutation);
  const busy = preview.fetching || ingest.fetching;
  const outcomeRef = useRef<HTMLDivElement>(null);
  // Bring the result (or the error) into view: it appears below a long form.
  useEffect(() => {
    if (outcome) outcomeRef.current?.scrollIntoView({ block: "start" });
  }, [outcome]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const action = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? "preview";
    const text = String(form.get("text") ?? "");
    const url = String(form.get("url") ?? "");
    const invalid = validateIngestInput(text, url);
    if (invalid) return setOutcome({ type: "error", message: invalid });
    const token = String(form.get("token") ?? "").trim();
    const isHtml = form.get("format") === "html";
    const pasted = text.trim() !== "";
    const input = {
      text: pasted && !isHtml ? text : null,
      html: pasted && isHtml ? text : null,
      url: url.trim() || null,
      source: String(form.get("source") ?? "").trim() || null,
      publishedAt: String(form.get("publishedAt") ?? "").trim() || null,
    };
    // Previewing stores nothing and needs no token; saving does.
    const context = token
      ? { fetchOptions: { headers: { authorization: `Bearer ${token}` } } }
      : { fetchOptions: {} };
    if (!token && action === "save") {
      return setOutcome({
        type: "error",
        message: "Refused: saving needs the ingest token. Enter it in the “Ingest token” field.",
      });
    }
    setOutcome(null);
    if (action === "save") {
      const result = await runIngest({ input }, context);
      if (result.error)
        return setOutcome({ type: "error", message: ingestErrorMessage(result.error) });
      if (result.data?.ingestArticle) {
        setOutcome({ type: "saved", payload: result.data.ingestArticle });
        router.refresh();
      }
    } else {
      const result = await runPreview({ input }, context);
      if (result.error)
        return setOutcome({ type: "error", message: ingestErrorMessage(result.error, "preview") });
      if (result.data?.previewArticle)
        setOutcome({ type: "preview", preview: result.data.previewArticle });
    }
  };

  return (
    <form onSubmit={submit} aria-busy={busy} className="panel" noValidate>
      <IngestFields />
      <div style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
        <button type="submit" name="action" value="preview" className="secondary" disabled={busy}>
          {preview.fetching ? "Parsing…" : "Preview"}
        </button>
        <button type="submit" name="action" value="save" disabled={busy}>
          {ingest.fetching ? "Saving…" : "Save article"}
        </button>
      </div>
      <div aria-live="polite" ref={outcomeRef}>
        {outcome ? <OutcomeView outcome={outcome} /> : null}
      </div>
    </form>
  );
}
