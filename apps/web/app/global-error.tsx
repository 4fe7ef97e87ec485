"use client";

/** Last resort when the root layout itself fails (e.g. a misconfigured API URL). */
export default function GlobalError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", color: "#1b1f24" }}>
        <h1>whosaid could not start this page</h1>
        <p>
          Check that the web app's settings (WHOSAID_API_URL, NEXT_PUBLIC_WHOSAID_API_URL) are valid
          URLs and that the API is running.
        </p>
        {error.digest ? <p>Reference: {error.digest}</p> : null}
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </body>
    </html>
  );
}
