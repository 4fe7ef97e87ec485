import type { GoldQuote } from "./gold.ts";
import { goldName, labelsAgree, SPEAKER_RULES, type SpeakerRule, surnamesAgree } from "./names.ts";
import { length, normalize, overlap, type Range } from "./spans.ts";

/** A predicted quote as the metric needs it: trimmed ranges and who it names. */
export interface Predicted {
  kind: string;
  ranges: Range[];
  /** The person's name, else the speaker label, else the speaker as written. */
  name: string | null;
  /** Whether a person or name was given (false for labels such as "officials"). */
  mention: Range | null;
  text: string;
}

/** Gold quote with trimmed, normalized ranges. */
export interface Gold extends GoldQuote {
  trimmed: Range[];
}

/** Speaker counts under one rule. */
export interface SpeakerCounts {
  speakerTotal: number;
  speakerRight: number;
  foundE2E: number;
  correctE2E: number;
}

/** Span counts, speaker counts under the corrected rule, and under the original one. */
export interface Counts extends SpeakerCounts {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  original: SpeakerCounts;
}

const emptySpeakerCounts = (): SpeakerCounts => ({
  speakerTotal: 0,
  speakerRight: 0,
  foundE2E: 0,
  correctE2E: 0,
});

export const emptyCounts = (): Counts => ({
  gold: 0,
  found: 0,
  predicted: 0,
  correct: 0,
  ...emptySpeakerCounts(),
  original: emptySpeakerCounts(),
});

/** The speaker counts of one rule. */
export const countsOf = (c: Counts, rule: SpeakerRule): SpeakerCounts =>
  rule === "original" ? c.original : c;

export interface Outcome {
  misses: Gold[];
  falseHits: Predicted[];
  wrongSpeaker: { gold: Gold; predicted: Predicted }[];
}

/** Is the predicted quote's speaker the gold one? Names by surname, else the span or label. */
export function speakerRight(g: Gold, p: Predicted, rule: SpeakerRule = "corrected"): boolean {
  const name = goldName(g, rule);
  if (name) {
    if (surnamesAgree(name, p.name)) return true;
    if (rule === "original") return false;
    // PolNeAR's gold is the source as written: when that is a description ("the Vermont
    // senator", "the IMF"), a prediction that resolved that very mention to a name is right.
    return g.speakerRef === undefined && DESCRIPTION.test(g.speaker ?? "") && mentionOverlaps(g, p);
  }
  if (mentionOverlaps(g, p)) return true;
  // A resolved unnamed speaker ("a justice official") agrees by its head noun.
  if (g.speakerRef && rule === "corrected") return labelsAgree(g.speakerRef, p.name);
  if (g.speaker) return labelsAgree(g.speaker, p.name);
  return true;
}

const DESCRIPTION = /^(?:the|a|an|this|that)\s/i;

function mentionOverlaps(g: Gold, p: Predicted): boolean {
  if (g.speakerStart === null || g.speakerEnd === null || !p.mention) return false;
  return p.mention[0] < g.speakerEnd && g.speakerStart < p.mention[1];
}

/**
 * Scores one article at threshold t: a gold quote is found when predicted spans cover ≥ t of its
 * characters; a prediction is correct when gold spans cover ≥ t of its characters. `gold` and
 * `predicted` are the quotes scored (one kind group); `pools` the spans they are matched against
 * (all kinds by default in the CLI, the same group with --same-kind). Optional gold is neither
 * required nor penalised: predictions that match it are left out.
 */
export function scoreArticle(
  gold: Gold[],
  predicted: Predicted[],
  t: number,
  into: Counts,
  pools: { gold: Gold[]; predicted: Predicted[] } = { gold, predicted },
): Outcome {
  const out: Outcome = { misses: [], falseHits: [], wrongSpeaker: [] };
  const predUnion = normalize(pools.predicted.flatMap((p) => p.ranges));
  const goldUnion = normalize(pools.gold.flatMap((g) => g.trimmed));
  for (const g of gold) {
    const len = length(g.trimmed);
    if (g.optional || len === 0) continue;
    into.gold++;
    if (overlap(g.trimmed, predUnion) / len < t) {
      out.misses.push(g);
      continue;
    }
    into.found++;
    const best = argmax(
      pools.predicted,
      (p) => overlap(g.trimmed, p.ranges),
      (p) => p.ranges,
    );
    for (const rule of SPEAKER_RULES) {
      const c = countsOf(into, rule);
      const right = best !== null && speakerRight(g, best, rule);
      if (goldName(g, rule)) {
        c.speakerTotal++;
        if (right) c.speakerRight++;
      }
      if (right) c.foundE2E++;
      else if (best && rule === "corrected") out.wrongSpeaker.push({ gold: g, predicted: best });
    }
  }
  for (const p of predicted) {
    const len = length(p.ranges);
    if (len === 0) continue;
    const correct = overlap(p.ranges, goldUnion) / len >= t;
    const best = correct
      ? argmax(
          pools.gold,
          (g) => overlap(p.ranges, g.trimmed),
          (g) => g.trimmed,
        )
      : null;
    if (best?.optional) continue;
    into.predicted++;
    if (!correct || !best) {
      out.falseHits.push(p);
      continue;
    }
    into.correct++;
    for (const rule of SPEAKER_RULES)
      if (speakerRight(best, p, rule)) countsOf(into, rule).correctE2E++;
  }
  return out;
}

// Of equal overlaps the tighter span is the match: a reported clause nested in another is covered
// whole by both, and the file's order of the two must not decide whose speaker is judged.
function argmax<T>(items: T[], score: (x: T) => number, ranges: (x: T) => Range[]): T | null {
  let best: T | null = null;
  let bestScore = 0;
  let bestLength = 0;
  for (const x of items) {
    const s = score(x);
    if (s < bestScore || s === 0) continue;
    const len = length(ranges(x));
    if (s > bestScore || len < bestLength) {
      best = x;
      bestScore = s;
      bestLength = len;
    }
  }
  return best;
}

/** Precision, recall and F1 from counts (0 when undefined). */
export function prf(correct: number, predicted: number, found: number, gold: number) {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? found / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
