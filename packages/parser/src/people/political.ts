import type { Sentence } from "../doc.ts";

// Words that put a sentence in politics: chambers, seats, parties and their members.
const POLITICAL =
  /\b(Sen|Sens|Rep|Reps|Del)\.|\b(senate|senators?|congress\w*|house of|representatives?|lawmakers?|legislat\w+|MPs?|parliament\w*|seat|democrats?|democratic|republicans?|GOP|party|caucus|constituen\w+|riding|district|primar(y|ies)|nomination|elect\w*|campaign\w*|vot\w+)\b/i;

/** What the sentences a person is named in say, for facts the knowledge base must not decide alone. */
export interface Surroundings {
  /** A sentence naming the person speaks of politics (see seatNeedsCue). Computed when asked. */
  political(): boolean;
  /** The text of the sentences naming the person. Computed when asked. */
  text(): string;
}

/** Looks up, by start offset, the sentences names sit in. */
export function surroundingsIndex(sentences: Sentence[]): (at: number[]) => Surroundings {
  const starts = sentences.map((s) => s.start);
  const political = new Map<number, boolean>();
  const sentenceAt = (start: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= start) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return (at) => {
    const found = () => [...new Set(at.map(sentenceAt))].filter((i) => sentences[i]);
    return {
      political: () =>
        found().some((i) => {
          if (!political.has(i)) political.set(i, POLITICAL.test(sentences[i].text));
          return political.get(i)!;
        }),
      text: () =>
        found()
          .map((i) => sentences[i].text)
          .join(" "),
    };
  };
}
