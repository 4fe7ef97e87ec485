import type { Token } from "../doc.ts";
import type { Topic } from "../types.ts";
import { type CueHit, findCues } from "./match.ts";
import { CONCEPTS, DEPTH, PARENT, pathOf, qcodeOf } from "./taxonomy.ts";

/** A run of tokens and how much its words count (title and lead more than the tail). */
export interface WeightedRun {
  tokens: readonly Token[];
  weight: number;
}

/** Scores of the concepts that have any (concept index → score); the rest are zero. */
export type Scores = Map<number, number>;

// Share of a narrower concept's score that its broader concept inherits.
const INHERIT = 0.5;
// Share of the other (not best) narrower concepts' scores.
const OTHER_CHILDREN = 0.25;
// Top-level topics collect everything below them; keep them from always winning the first place.
const TOP_LEVEL_FACTOR = 0.6;
// Scratch space for withHierarchy, reset after each call (the stage is synchronous).
const MARK = new Uint8Array(CONCEPTS.length);
const BEST = new Float64Array(CONCEPTS.length);
const SUM = new Float64Array(CONCEPTS.length);

/**
 * Direct evidence per concept: each cue term counts with the summed weight of its occurrences,
 * damped (log) so that one repeated word does not outweigh several different cues.
 */
export function directEvidence(runs: readonly WeightedRun[]): Scores {
  const perTerm = new Map<string, TermWeight>();
  for (const run of runs) for (const cue of findCues(run.tokens)) addCue(perTerm, cue, run.weight);
  return damped(perTerm);
}

/** Direct evidence from cues already found, each with the weight of where it was found. */
export function evidenceOf(found: readonly { cue: CueHit; weight: number }[]): Scores {
  const perTerm = new Map<string, TermWeight>();
  for (const { cue, weight } of found) addCue(perTerm, cue, weight);
  return damped(perTerm);
}

interface TermWeight {
  hits: [number, number][];
  weight: number;
}

function addCue(perTerm: Map<string, TermWeight>, cue: CueHit, weight: number): void {
  const seen = perTerm.get(cue.key);
  if (seen) seen.weight += weight;
  else perTerm.set(cue.key, { hits: cue.hits, weight });
}

function damped(perTerm: Map<string, TermWeight>): Scores {
  const direct: Scores = new Map();
  for (const { hits, weight } of perTerm.values()) {
    const d = Math.log2(1 + weight);
    // Indexed, not `for…of` with destructuring: an iterator per cue showed in the allocations.
    for (let k = 0; k < hits.length; k++) {
      const c = hits[k][0];
      direct.set(c, (direct.get(c) ?? 0) + hits[k][1] * d);
    }
  }
  return direct;
}

/**
 * Adds to each broader concept a share of its narrower ones: all of the best child and a quarter of
 * the others, so that a wide node ("government", with a dozen children) does not win merely by
 * collecting many weak hits. Only the concepts with evidence and their ancestors are visited.
 */
export function withHierarchy(direct: Scores): Scores {
  const parent = PARENT;
  const touched: number[] = [];
  for (const c of direct.keys()) {
    for (let a = c; a >= 0 && !MARK[a]; a = parent[a]) {
      MARK[a] = 1;
      touched.push(a);
    }
  }
  const ordered = deepestFirst(touched);
  const score: Scores = new Map();
  for (const c of ordered) {
    const b = BEST[c];
    const s = (direct.get(c) ?? 0) + INHERIT * (b + OTHER_CHILDREN * (SUM[c] - b));
    const p = parent[c];
    score.set(c, p < 0 ? s * TOP_LEVEL_FACTOR : s);
    if (p < 0 || s === 0) continue;
    SUM[p] += s;
    if (s > BEST[p]) BEST[p] = s;
  }
  for (const c of touched) {
    MARK[c] = 0;
    BEST[c] = 0;
    SUM[c] = 0;
  }
  return score;
}

let MAX_DEPTH = 0;
for (let c = 0; c < DEPTH.length; c++) MAX_DEPTH = Math.max(MAX_DEPTH, DEPTH[c]);
const AT_DEPTH = new Int32Array(MAX_DEPTH + 1);

/**
 * The concepts by depth, deepest first, in their order within one depth: the stable sort by depth
 * as a counting sort (the taxonomy is a few levels deep; the comparator sort was 0.3% of the parser).
 */
function deepestFirst(concepts: number[]): number[] {
  AT_DEPTH.fill(0);
  for (const c of concepts) AT_DEPTH[DEPTH[c]]++;
  let at = 0;
  for (let d = MAX_DEPTH; d >= 0; d--) {
    const n = AT_DEPTH[d];
    AT_DEPTH[d] = at;
    at += n;
  }
  const out = new Array<number>(concepts.length);
  for (const c of concepts) out[AT_DEPTH[DEPTH[c]]++] = c;
  return out;
}

/** The concept with the highest score, or -1. */
export function bestOf(scores: Scores): [concept: number, score: number] {
  let bestC = -1;
  let bestS = 0;
  // forEach, not `for…of` over entries: no [key, value] array per entry.
  scores.forEach((s, c) => {
    if (s > bestS || (s === bestS && c < bestC)) {
      bestC = c;
      bestS = s;
    }
  });
  return [bestC, bestS];
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
export function rankTopics(score: Scores, opts: RankOptions): Topic[] {
  const [, best] = bestOf(score);
  const floor = Math.max(opts.absoluteFloor, best * opts.relativeFloor, Number.MIN_VALUE);
  // Keep the best `limit` by insertion: lists are short and this runs once per statement.
  const top: [number, number][] = [];
  score.forEach((s, c) => {
    if (s < floor) return;
    let at = top.length;
    while (at > 0 && (top[at - 1][1] < s || (top[at - 1][1] === s && top[at - 1][0] > c))) at--;
    if (at >= opts.limit) return;
    top.splice(at, 0, [c, s]);
    if (top.length > opts.limit) top.pop();
  });
  return top.map(([c, s]) => ({
    id: qcodeOf(c),
    label: CONCEPTS[c].label,
    score: Math.round((1 - Math.exp(-s / 4)) * 1000) / 1000,
    path: pathOf(c),
  }));
}
