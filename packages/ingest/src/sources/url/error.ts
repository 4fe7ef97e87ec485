/** Why a page could not be fetched; `code` goes to the client as `extensions.reason`. */
export class PageFetchError extends Error {
  constructor(
    readonly code:
      | "URL_INVALID"
      | "URL_FORBIDDEN"
      | "URL_UNREACHABLE"
      | "URL_TIMEOUT"
      | "URL_NOT_ARTICLE"
      | "TOO_LARGE",
    message: string,
  ) {
    super(message);
  }
}
