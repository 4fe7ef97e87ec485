/** Shown while a page's data loads. */
export default function Loading() {
  return (
    <p role="status" aria-live="polite" className="muted">
      Loading…
    </p>
  );
}
