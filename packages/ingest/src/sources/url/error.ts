/** Why a page could not be fetched; `code` goes to the client as `extensions.reason`. */
export class PageFetchError extends Error {
  constructor(
    readonly code:
      | "URL_INVALID"
      | "URL_FORBIDDEN"
      | "URL_UNREACHABLE"
      | "URL_TIMEOUT"
      | "URL_NOT_ARTICLE"
      | "TOO_LARGE"
      | "NOT_MODIFIED"
      | "URL_RATE_LIMITED",
    message: string,
    /** For URL_RATE_LIMITED: how long the server asked us to wait (its Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
