import { type ReactNode, Suspense } from "react";

/** The placeholder of a section whose data is still loading. */
function LoadingNote() {
  return (
    <p role="status" aria-live="polite" className="muted">
      Loading…
    </p>
  );
}

/**
 * A section that streams in after the page's first bytes, with the loading note until then.
 * Pages wrap only their slow parts in it (there is no route-level loading.tsx): whatever a page
 * awaits outside it runs before the response starts, so a notFound() there still answers 404.
 */
export function Streamed({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingNote />}>{children}</Suspense>;
}
