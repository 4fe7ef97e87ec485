/** The ingest form's fields, each labelled. */
export function IngestFields() {
  return (
    <>
      <div className="field">
        <label htmlFor="ingest-text">Article text or HTML</label>
        <textarea id="ingest-text" name="text" aria-describedby="ingest-text-hint" />
        <p className="hint" id="ingest-text-hint">
          Paste the whole article: title on the first line, then the paragraphs. Up to 2 MB. Or
          leave it empty and give the URL below: whosaid fetches the page.
        </p>
      </div>
      <fieldset className="field" style={{ border: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600 }}>Format</legend>
        <label
          className="option"
          style={{ fontWeight: 400, display: "inline-flex", gap: "0.3rem", marginRight: "1rem" }}
        >
          <input type="radio" name="format" value="text" defaultChecked /> Plain text
        </label>
        <label
          className="option"
          style={{ fontWeight: 400, display: "inline-flex", gap: "0.3rem" }}
        >
          <input type="radio" name="format" value="html" /> HTML
        </label>
      </fieldset>
      <div className="grid-2" style={{ gap: "0.75rem" }}>
        <div className="field">
          <label htmlFor="ingest-url">URL (fetched when no text is pasted)</label>
          <input id="ingest-url" name="url" type="url" placeholder="https://…" />
        </div>
        <div className="field">
          <label htmlFor="ingest-source">Source (optional)</label>
          <input id="ingest-source" name="source" type="text" placeholder="e.g. NBC News" />
        </div>
        <div className="field">
          <label htmlFor="ingest-date">Published on (optional)</label>
          <input id="ingest-date" name="publishedAt" type="date" />
        </div>
        <div className="field">
          <label htmlFor="ingest-token">Ingest token</label>
          <input
            id="ingest-token"
            name="token"
            type="password"
            autoComplete="off"
            aria-describedby="ingest-token-hint"
          />
          <p className="hint" id="ingest-token-hint">
            Needed to preview and to save. It is sent only to the API, never stored.
          </p>
        </div>
      </div>
    </>
  );
}
