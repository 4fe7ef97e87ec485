/** An article's source address, if it is one a reader can follow: http or https only. */
export function sourceUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** The host to name a source link by, without "www.". */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
