import type { Doc } from "../doc.ts";
import { normalizeDate } from "../structure/dates.ts";
import { publisherName } from "../structure/footer.ts";

/**
 * Settles title, date, authors, source and URL. Plain text trusts what the text says over page
 * hints; HTML trusts its metadata over the text. The caller's options only fill gaps.
 */
export function metadata(doc: Doc): Doc {
  const found = doc.article;
  const hints = doc.hints;
  const opts = doc.options;
  const html = doc.format === "html";
  const [first, second] = html ? [hints, found] : [found, hints];
  const authors = first.authors?.length ? first.authors : (second.authors ?? []);
  const agencies = [...(first.agencies ?? []), ...(second.agencies ?? [])];
  const source = first.source ?? second.source ?? (opts.source ? publisherName(opts.source) : null);
  return {
    ...doc,
    article: {
      ...found,
      title: first.title ?? second.title ?? null,
      publishedAt:
        normalizeDate(first.publishedAt) ??
        normalizeDate(second.publishedAt) ??
        normalizeDate(opts.publishedAt),
      authors: [...new Set(authors)],
      agencies: [...new Set(agencies)],
      source,
      url: hints.url ?? opts.url ?? null,
    },
  };
}
