import type { Doc } from "../doc.ts";
import { sentencesAt } from "../topics/sentences-at.ts";
import type { DateRef, Quote } from "../types.ts";
import { articleDay } from "./calendar.ts";

// A date further than this from the speaker and the quote belongs to another clause
// ("Menon said, referring to the claim to have annexed Kherson … last month").
const MAX_GAP = 50;

/**
 * When a statement was made: the date its own sentences give outside the quoted words, close to
 * the speaker or the quote (a single day rather than a range's first day), never after the article
 * date; otherwise the article's date. "…,” he wrote on Telegram late Monday" → that Monday.
 */
export function statedAt(
  doc: Doc,
  quote: Quote,
  dates: readonly DateRef[],
  published = articleDay(doc.article.publishedAt),
): string | null {
  const sentences = sentencesAt(doc.sentences, quote);
  if (sentences.length === 0) return published;
  const from = Math.min(...sentences.map((s) => s.start));
  const to = Math.max(...sentences.map((s) => s.end));
  const anchors = [quote.start, quote.end];
  if (quote.speakerMention) anchors.push(quote.speakerMention.start, quote.speakerMention.end);
  const gap = (d: DateRef) =>
    Math.min(...anchors.map((a) => Math.min(Math.abs(d.start - a), Math.abs(d.end - a))));
  const candidates = dates.filter(
    (d) =>
      d.start >= from &&
      d.end <= to &&
      (d.end <= quote.start || d.start >= quote.end) &&
      gap(d) <= MAX_GAP &&
      (!published || d.date <= published),
  );
  candidates.sort((a, b) => Number(!!a.endDate) - Number(!!b.endDate) || gap(a) - gap(b));
  return candidates[0]?.date ?? published;
}
