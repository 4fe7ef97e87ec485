import type { Sentence } from "../doc.ts";
import type { Span } from "../types.ts";
import { slot } from "../util/slot.ts";

const byStart = slot<readonly Sentence[], Sentence[]>("byStart");

/**
 * The body sentences that overlap a span, found by binary search over the sentences sorted by
 * start (body sentences do not overlap one another), so that per-quote work does not rescan the
 * article.
 */
export function sentencesAt(
  sentences: readonly Sentence[],
  span: Pick<Span, "start" | "end">,
): Sentence[] {
  let sorted = byStart.get(sentences);
  if (!sorted) {
    sorted = sentences.filter((s) => s.paragraph >= 0).sort((a, b) => a.start - b.start);
    byStart.set(sentences, sorted);
  }
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Sentence[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) out.push(sorted[i]);
  return out;
}
