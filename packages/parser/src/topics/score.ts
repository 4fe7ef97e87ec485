import type { Token } from "../doc.ts";
import type { Topic } from "../types.ts";
import { findCues } from "./match.ts";
import { CONCEPTS, PARENT, pathOf, qcodeOf } from "./taxonomy.ts";

/** A run of tokens and how much its words count (title and lead more than the tail). */
export interface WeightedRun {
  tokens: readonly Token[];
  weight: number;
}

// Share of a narrower concept's score that its broader concept inherits.
const INHERIT = 0.5;
// Share of the other (not best) narrower concepts' scores.
const OTHER_CHILDREN = 0.25;
// Top-level topics collect everything below them; keep them from always winning the first place.
const TOP_LEVEL_FACTOR = 0.6;

/**
 * Direct evidence per concept: each cue term counts with the summed weight of its occurrences,
 * damped (log) so that one repeated word does not outweigh several different cues.
 */
export function directEvidence(runs: readonly WeightedRun[]): Float64Array {
  const perTerm = new Map<string, { hits: [number, number][]; weight: number }>();
  for (const run of runs) {
    for (const cue of findCues(run.tokens)) {
      const seen = perTerm.get(cue.key);
      if (seen) seen.weight += run.weight;
      else perTerm.set(cue.key, { hits: cue.hits, weight: run.weight });
    }
  }
  const direct = new Float64Array(CONCEPTS.length);
  for (const { hits, weight } of perTerm.values()) {
    const damped = Math.log2(1 + weight);
    for (const [c, w] of hits) direct[c] += w * damped;
  }
  return direct;
}

/**
 * Adds to each broader concept a share of its narrower ones: all of the best child and a quarter of
 * the others, so that a wide node ("government", with a dozen children) does not win merely by
 * collecting many weak hits. Deepest concepts first.
 */
export function withHierarchy(direct: Float64Array): Float64Array {
  const score = Float64Array.from(direct);
  const bestChild = new Float64Array(score.length);
  const sumChildren = new Float64Array(score.length);
  // CONCEPTS is sorted parents-before-children, so walking backwards finishes children first.
  for (let c = score.length - 1; c >= 0; c--) {
    score[c] += INHERIT * (bestChild[c] + OTHER_CHILDREN * (sumChildren[c] - bestChild[c]));
    const p = PARENT[c];
    if (p < 0 || score[c] === 0) continue;
    sumChildren[p] += score[c];
    if (score[c] > bestChild[p]) bestChild[p] = score[c];
  }
  for (let c = 0; c < score.length; c++) if (PARENT[c] < 0) score[c] *= TOP_LEVEL_FACTOR;
  return score;
}

/** Options for {@link rankTopics}. */
export interface RankOptions {
  limit: number;
  /** Drop concepts scoring below this share of the best one. */
  relativeFloor: number;
  /** Drop concepts with less total evidence than this. */
  absoluteFloor: number;
}

/** The best concepts as Topics, with a score in 0..1 that grows with the evidence. */
export function rankTopics(score: Float64Array, opts: RankOptions): Topic[] {
  let best = 0;
  const candidates: number[] = [];
  for (let c = 0; c < score.length; c++) {
    if (score[c] < opts.absoluteFloor) continue;
    candidates.push(c);
    if (score[c] > best) best = score[c];
  }
  return candidates
    .filter((c) => score[c] >= best * opts.relativeFloor)
    .sort((a, b) => score[b] - score[a] || a - b)
    .slice(0, opts.limit)
    .map((c) => ({
      id: qcodeOf(c),
      label: CONCEPTS[c].label,
      score: Math.round((1 - Math.exp(-score[c] / 4)) * 1000) / 1000,
      path: pathOf(c),
    }));
}
