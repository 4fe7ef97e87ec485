import type { SourceArticle } from "../item.ts";
import { fetchPage, type PageFetchOptions } from "./page.ts";

/**
 * A web page as a source: fetches it (public addresses only unless `allowPrivate`, see
 * fetchPage) and gives the article to ingest, with the address it was found at after redirects.
 * Throws PageFetchError with a code when the page cannot be had.
 */
export async function articleFromUrl(
  url: string,
  options: PageFetchOptions = {},
): Promise<SourceArticle> {
  const page = await fetchPage(url, options);
  return { ref: url, input: page.body, format: page.format, url: page.url };
}
