import type { Doc, Sentence, Token } from "../doc.ts";
import type { Quote, TopicRef } from "../types.ts";
import { directEvidence, rankTopics, type WeightedRun, withHierarchy } from "./score.ts";

// The words of the statement count fully; the rest of its sentences (the attribution) less.
const INSIDE_WEIGHT = 1;
const CONTEXT_WEIGHT = 0.4;
// How much the article's own topics tilt an ambiguous statement ("talks" in a war story).
const PRIOR_STRENGTH = 1;
// A statement with no cue of its own inherits the article's best topic at this share.
const INHERITED_SHARE = 0.5;

/**
 * IPTC topics per statement: the cues of all segments of one statement (quotes sharing a
 * statementId), their sentences as context, tilted towards the article's topics.
 */
export function quoteTopics(doc: Doc, articleScores: Float64Array): Map<string, TopicRef[]> {
  const segments = new Map<string, Quote[]>();
  for (const q of doc.quotes)
    segments.set(q.statementId, [...(segments.get(q.statementId) ?? []), q]);
  let best = 0;
  let bestConcept = -1;
  articleScores.forEach((s, c) => {
    if (s > best) [best, bestConcept] = [s, c];
  });
  const out = new Map<string, TopicRef[]>();
  for (const [id, quotes] of segments) {
    const direct = directEvidence(quotes.flatMap((q) => runsOf(doc.sentences, q)));
    const score = withHierarchy(direct);
    if (best > 0)
      for (let c = 0; c < score.length; c++)
        score[c] *= 1 + (PRIOR_STRENGTH * articleScores[c]) / best;
    let topics = rankTopics(score, { limit: 3, relativeFloor: 0.5, absoluteFloor: 0.8 });
    if (topics.length === 0 && bestConcept >= 0) {
      const inherited = new Float64Array(score.length);
      inherited[bestConcept] = best * INHERITED_SHARE;
      topics = rankTopics(inherited, { limit: 1, relativeFloor: 0, absoluteFloor: 0 });
    }
    out.set(
      id,
      topics.map(({ id, label, score }) => ({ id, label, score })),
    );
  }
  return out;
}

function runsOf(sentences: readonly Sentence[], q: Quote): WeightedRun[] {
  const inside: Token[] = [];
  const around: Token[] = [];
  for (const s of sentences) {
    if (s.end <= q.start || s.start >= q.end) continue;
    for (const t of s.tokens) (t.start >= q.start && t.end <= q.end ? inside : around).push(t);
  }
  return [
    { tokens: inside, weight: INSIDE_WEIGHT },
    { tokens: around, weight: CONTEXT_WEIGHT },
  ];
}
