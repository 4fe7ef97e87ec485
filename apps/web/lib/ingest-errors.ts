/** Turns an API error into a message a person can act on. */

interface ErrorLike {
  networkError?: { message: string } | undefined;
  graphQLErrors: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export function ingestErrorMessage(error: ErrorLike, action: "save" | "preview" = "save"): string {
  if (error.networkError) {
    return `The whosaid API could not be reached (${error.networkError.message}). Is it running?`;
  }
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  switch (code) {
    case "UNAUTHENTICATED":
      return `Refused: ${action === "save" ? "saving" : "previewing"} needs a valid ingest token. Enter the token the API was started with (WHOSAID_INGEST_TOKEN).`;
    case "FORBIDDEN":
      return "Refused: this token is not allowed to ingest articles.";
    case "BAD_USER_INPUT":
      return String(first?.extensions?.reason ?? "").startsWith("URL_")
        ? `The page could not be fetched: ${first?.message}`
        : `The article could not be read: ${first?.message}`;
    case "PAYLOAD_TOO_LARGE":
      return "The article is too large to ingest.";
    case "RATE_LIMITED":
      return "Too many requests: wait a moment and try again.";
    default:
      return first?.message ?? "The request failed.";
  }
}

/**
 * Checks the form before sending it; returns a message, or null when it can be sent. With no
 * text, a URL alone is sent for the API to fetch.
 */
export function validateIngestInput(text: string, url: string): string | null {
  if (text.trim() === "" && url.trim() === "")
    return "Paste the article's text or HTML, or give its URL for whosaid to fetch.";
  if (text.trim() !== "" && text.trim().length < 40)
    return "That is too short to be an article: paste the full text.";
  if (url.trim() !== "") {
    try {
      const parsed = new URL(url.trim());
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error();
    } catch {
      return "The URL must be a full web address starting with http:// or https://.";
    }
  }
  return null;
}
