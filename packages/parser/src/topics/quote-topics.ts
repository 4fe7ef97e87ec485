import type { Doc, Sentence } from "../doc.ts";
import type { Quote, TopicRef } from "../types.ts";
import { type CueHit, findCues } from "./match.ts";
import { bestOf, evidenceOf, rankTopics, type Scores, withHierarchy } from "./score.ts";
import { sentencesAt } from "./sentences-at.ts";

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
export function quoteTopics(doc: Doc, articleScores: Scores): Map<string, TopicRef[]> {
  const segments = new Map<string, Quote[]>();
  for (const q of doc.quotes)
    segments.set(q.statementId, [...(segments.get(q.statementId) ?? []), q]);
  const [bestConcept, best] = bestOf(articleScores);
  const out = new Map<string, TopicRef[]>();
  for (const [id, quotes] of segments) {
    const score = withHierarchy(evidenceOf(quotes.flatMap((q) => cuesOf(doc.sentences, q))));
    if (best > 0) {
      for (const [c, s] of score)
        score.set(c, s * (1 + (PRIOR_STRENGTH * (articleScores.get(c) ?? 0)) / best));
    }
    let topics = rankTopics(score, { limit: 3, relativeFloor: 0.5, absoluteFloor: 0.8 });
    if (topics.length === 0 && bestConcept >= 0) {
      topics = rankTopics(new Map([[bestConcept, best * INHERITED_SHARE]]), {
        limit: 1,
        relativeFloor: 0,
        absoluteFloor: 0,
      });
    }
    out.set(
      id,
      topics.map(({ id, label, score }) => ({ id, label, score })),
    );
  }
  return out;
}

/**
 * The cues of the sentences a quote spans, weighed by whether they lie inside the quote; the
 * sentences' cues were found once for the article (findCues caches them per sentence).
 */
function cuesOf(sentences: readonly Sentence[], q: Quote): { cue: CueHit; weight: number }[] {
  const out: { cue: CueHit; weight: number }[] = [];
  for (const s of sentencesAt(sentences, q)) {
    for (const cue of findCues(s.tokens)) {
      const inside = cue.start >= q.start && cue.end <= q.end;
      out.push({ cue, weight: inside ? INSIDE_WEIGHT : CONTEXT_WEIGHT });
    }
  }
  return out;
}
