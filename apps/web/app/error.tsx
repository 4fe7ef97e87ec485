"use client";

import { useEffect } from "react";

/** Shown when a page fails, typically because the API is unreachable; "Try again" re-fetches. */
export default function ErrorPage({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="message error">
      <h1>Something went wrong</h1>
      <p>
        This page could not be loaded. The whosaid API may be down or still starting; try again in a
        moment.
      </p>
      {error.digest ? <p className="small">Reference: {error.digest}</p> : null}
      <button type="button" onClick={() => retry()}>
        Try again
      </button>
    </div>
  );
}
