import type { Doc } from "../doc.ts";
import { normalizeDate } from "../structure/dates.ts";
import { publisherName } from "../structure/footer.ts";
import { wellFormed } from "../structure/validate.ts";

/** The caller's options and a page's tags (entities decoded) may hold lone surrogates too. */
const clean = (value: string | null | undefined) => (value == null ? null : wellFormed(value));

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
      title: clean(first.title ?? second.title),
      publishedAt:
        normalizeDate(first.publishedAt) ??
        normalizeDate(second.publishedAt) ??
        normalizeDate(opts.publishedAt),
      authors: [...new Set(authors.map(wellFormed))],
      agencies: [...new Set(agencies)],
      source: clean(source),
      url: clean(hints.url ?? opts.url),
    },
  };
}
