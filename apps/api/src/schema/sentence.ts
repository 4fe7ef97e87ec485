/** The sentence around a quote, cut from the article text at sentence ends within the paragraph. */
import type { ArticleBodyRow, QuoteRow } from "@whosaid/db/read";

// A sentence ends at . ! ? (optionally followed by a closing quotation mark) before whitespace.
const END = /[.!?]["'”’]?(?=\s)/g;

/** Returns the sentence(s) that contain the quote, trimmed; the quote itself if none is found. */
export function surroundingSentence(
  article: Pick<ArticleBodyRow, "body" | "paragraphs">,
  quote: Pick<QuoteRow, "start" | "end" | "text">,
): string {
  const para = article.paragraphs.find((p) => quote.start >= p.start && quote.start < p.end);
  if (!para) return quote.text;
  const text = article.body.slice(para.start, para.end);
  const qs = quote.start - para.start;
  const qe = Math.min(quote.end - para.start, text.length);
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(END)) {
    const stop = (m.index ?? 0) + m[0].length;
    if (stop <= qs) from = stop;
    else if (stop >= qe) {
      to = stop;
      break;
    }
  }
  return text.slice(from, to).trim();
}
