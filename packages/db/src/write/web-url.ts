/**
 * An article's `url` is a link readers follow (web app, exports): only http and https addresses
 * are kept. A `javascript:` or `data:` URL would run or show whatever it holds when clicked.
 */

/** True for an absolute http(s) URL with a host. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

/** `url` when it is an http(s) URL, else null. */
export function webUrlOrNull(url: string | null | undefined): string | null {
  return url && isWebUrl(url) ? url : null;
}

/** Throws when the caller gives a url that is not http(s): storing it would keep a bad link. */
export function checkArticleUrl(url: string | null | undefined): void {
  if (url != null && url !== "" && !isWebUrl(url))
    throw new Error(`url must be an http or https address, got "${url.slice(0, 40)}"`);
}
