import type { Doc } from "../doc.ts";
import type { Topic } from "../types.ts";
import {
  directEvidence,
  rankTopics,
  type Scores,
  type WeightedRun,
  withHierarchy,
} from "./score.ts";
import { tokenizeLine } from "./tokenize-line.ts";

const TITLE_WEIGHT = 3;
const LEAD_WEIGHTS = [2, 1.6];
const TAIL_FLOOR = 0.6;

/** Weight of a body paragraph: the lead counts most, the tail fades to a floor. */
export function paragraphWeight(p: number): number {
  if (p < LEAD_WEIGHTS.length) return LEAD_WEIGHTS[p];
  return Math.max(TAIL_FLOOR, 1 - 0.025 * (p - LEAD_WEIGHTS.length));
}

/**
 * The runs that speak for the article: its title and body sentences. Captions (negative
 * paragraph) and related stories are left out so that they never lend the article their topics.
 */
function articleRuns(doc: Doc): WeightedRun[] {
  const runs: WeightedRun[] = [];
  const title = doc.article.title;
  if (title) runs.push({ tokens: tokenizeLine(title, doc.sentences), weight: TITLE_WEIGHT });
  for (const s of doc.sentences) {
    if (s.paragraph >= 0) runs.push({ tokens: s.tokens, weight: paragraphWeight(s.paragraph) });
  }
  return runs;
}

/** Concept scores of the article, hierarchy included, for ranking and as a prior for quotes. */
export function articleScores(doc: Doc): Scores {
  return withHierarchy(directEvidence(articleRuns(doc)));
}

/** The article's IPTC topics, best first. */
export function articleTopics(scores: Scores): Topic[] {
  return rankTopics(scores, { limit: 8, relativeFloor: 0.15, absoluteFloor: 1.5 });
}
