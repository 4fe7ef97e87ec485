import type { Sentence } from "../doc.ts";

// Words that put a sentence in politics: chambers, seats, parties and their members.
const POLITICAL =
  /\b(Sen|Sens|Rep|Reps|Del)\.|\b(senate|senators?|congress\w*|house of|representatives?|lawmakers?|legislat\w+|MPs?|parliament\w*|seat|democrats?|democratic|republicans?|GOP|party|caucus|constituen\w+|riding|district|primar(y|ies)|nomination|elect\w*|campaign\w*|vot\w+)\b/i;

/**
 * The starts of the sentences that speak of politics, for telling a legislator from a namesake
 * (see seatNeedsCue). Sorted, as sentences are.
 */
export function politicalSentences(sentences: Sentence[]): {
  starts: number[];
  political: boolean[];
} {
  return {
    starts: sentences.map((s) => s.start),
    political: sentences.map((s) => POLITICAL.test(s.text)),
  };
}

/** True when any of the names (by start offset) sits in a sentence that speaks of politics. */
export function mentionedInPolitics(
  index: { starts: number[]; political: boolean[] },
  at: number[],
): boolean {
  return at.some((start) => {
    let lo = 0;
    let hi = index.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (index.starts[mid] <= start) lo = mid;
      else hi = mid - 1;
    }
    return index.political[lo] ?? false;
  });
}
