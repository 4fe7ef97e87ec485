/** Photo captions with their credits, kept apart from the article text. */
export function Captions({
  captions,
}: {
  captions: readonly { text: string; credit: string | null }[];
}) {
  if (captions.length === 0) return null;
  return (
    <section
      className="captions panel"
      aria-labelledby="captions-heading"
      style={{ marginTop: "1.5rem" }}
    >
      <h2 id="captions-heading" style={{ marginTop: 0 }}>
        Photo captions
      </h2>
      {captions.map((c) => (
        <figure key={c.text}>
          <figcaption>
            {c.text} {c.credit ? <span className="credit">({c.credit})</span> : null}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}

/** The publisher's "recommended stories": other articles, never part of this one. */
export function RelatedStories({
  stories,
}: {
  stories: readonly { title: string; summary: string | null }[];
}) {
  if (stories.length === 0) return null;
  return (
    <section
      className="related panel"
      aria-labelledby="related-heading"
      style={{ marginTop: "1.5rem" }}
    >
      <h2 id="related-heading" style={{ marginTop: 0 }}>
        Related stories on the original page
      </h2>
      <p className="small muted">
        Listed by the publisher; not part of this article and not analysed.
      </p>
      <ul>
        {stories.map((s) => (
          <li key={s.title}>
            <strong>{s.title}</strong>
            {s.summary ? <div className="small muted">{s.summary}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
