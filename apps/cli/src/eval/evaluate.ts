import { type ParsedArticle, parseArticle, QUOTE_KINDS, type QuoteKind } from "@whosaid/parser";
import type { GoldArticle } from "./gold.ts";
import { type Counts, emptyCounts, type Gold, type Predicted, scoreArticle } from "./metrics.ts";
import { normalize, trimRange } from "./spans.ts";

/** Which kinds a group scores: quoted = direct + partial. */
const GROUPS: Record<"quoted" | "indirect" | "all", readonly QuoteKind[]> = {
  quoted: ["direct", "partial"],
  indirect: ["indirect"],
  all: QUOTE_KINDS,
};
export type Group = keyof typeof GROUPS;
export const THRESHOLDS = [0.3, 0.8] as const;

export interface EvalOptions {
  groups: Group[];
  speechOnly: boolean;
  /**
   * With speechOnly: keep gold whose cue is not flagged as speech, as optional (neither required
   * nor penalised) instead of dropping it, so a statement predicted there is no false hit.
   */
  nonSpeechOptional?: boolean;
  /** Match predictions only against gold of the same kind group (default: any kind). */
  sameKind?: boolean;
}

/** One line of the misses file. */
interface Miss {
  article: string;
  group: Group;
  type: "miss" | "false" | "speaker";
  kind: string;
  text: string;
  goldSpeaker?: string | null;
  predictedSpeaker?: string | null;
}

export interface EvalResult {
  articles: number;
  failed: number;
  /** Articles where a stage of the parser failed inside (the pipeline kept going without it). */
  stageErrors: number;
  seconds: number;
  counts: Record<string, Counts>;
  misses: Miss[];
}

/** Parses every gold article in this process and scores each group at both thresholds. */
export function evaluate(articles: GoldArticle[], opts: EvalOptions): EvalResult {
  const counts: Record<string, Counts> = {};
  for (const g of opts.groups) for (const t of THRESHOLDS) counts[`${g}@${t}`] = emptyCounts();
  const misses: Miss[] = [];
  let failed = 0;
  let stageErrors = 0;
  const t0 = performance.now();
  for (const a of articles) {
    let parsed: ParsedArticle | null = null;
    try {
      parsed = parseArticle(a.text, { format: "text", publishedAt: a.date });
    } catch {
      failed++;
    }
    if (parsed?.warnings.some((w) => w.includes("internal error"))) stageErrors++;
    const predictedAll = parsed ? toPredicted(a.text, parsed) : [];
    const goldAll = goldOf(a, opts);
    for (const group of opts.groups) {
      const kinds: readonly string[] = GROUPS[group];
      const gold = goldAll.filter((q) => kinds.includes(q.kind));
      const predicted = predictedAll.filter((p) => kinds.includes(p.kind));
      for (const t of THRESHOLDS) {
        const pools = opts.sameKind
          ? { gold, predicted }
          : { gold: goldAll, predicted: predictedAll };
        const out = scoreArticle(gold, predicted, t, counts[`${group}@${t}`], pools);
        if (t !== THRESHOLDS[0]) continue;
        for (const g of out.misses)
          misses.push({
            article: a.id,
            group,
            type: "miss",
            kind: g.kind,
            text: g.text,
            goldSpeaker: g.speaker,
          });
        for (const p of out.falseHits)
          misses.push({
            article: a.id,
            group,
            type: "false",
            kind: p.kind,
            text: p.text,
            predictedSpeaker: p.name,
          });
        for (const w of out.wrongSpeaker)
          misses.push({
            article: a.id,
            group,
            type: "speaker",
            kind: w.gold.kind,
            text: w.gold.text,
            goldSpeaker: w.gold.speakerRef ?? w.gold.speaker,
            predictedSpeaker: w.predicted.name,
          });
      }
    }
  }
  return {
    articles: articles.length,
    failed,
    stageErrors,
    seconds: (performance.now() - t0) / 1000,
    counts,
    misses,
  };
}

/** The gold quotes scored: speech only drops (or, nonSpeechOptional, excuses) other cues. */
export function goldOf(a: GoldArticle, opts: EvalOptions): Gold[] {
  const excuse = opts.speechOnly && opts.nonSpeechOptional;
  return a.quotes
    .filter((q) => !opts.speechOnly || q.speechCue || excuse)
    .map(
      (q): Gold => ({
        ...q,
        optional: q.optional || (!!excuse && !q.speechCue),
        trimmed: normalize(q.ranges.map((r) => trimRange(a.text, r))),
      }),
    );
}

function toPredicted(text: string, parsed: ParsedArticle): Predicted[] {
  const names = new Map(parsed.people.map((p) => [p.id, p.name]));
  return parsed.quotes.map((q) => ({
    kind: q.kind,
    ranges: normalize([trimRange(text, [q.start, q.end])]),
    name:
      (q.speakerId && names.get(q.speakerId)) || q.speakerLabel || q.speakerMention?.text || null,
    mention: q.speakerMention ? [q.speakerMention.start, q.speakerMention.end] : null,
    text: q.text,
  }));
}
