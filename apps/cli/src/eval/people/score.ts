import type { GoldPerson } from "./gold.ts";
import { given, judge } from "./judge.ts";
import { personAgreement } from "./names.ts";

/** A person as the parser gives it (`party` once the parser has one; absent counts as blank). */
export interface PredictedPerson {
  name: string;
  aliases: string[];
  role: string | null;
  organization: string | null;
  country: string | null;
  party?: string | null;
  category: string | null;
  isOfficial: boolean;
}

export const FACTS = ["role", "organization", "country", "party", "category", "official"] as const;
export type Fact = (typeof FACTS)[number];

/** Per fact: gold people found that have it, right ones, predicted values given, right given. */
export interface FactCounts {
  applicable: number;
  right: number;
  given: number;
  givenRight: number;
}
export interface PeopleCounts {
  gold: number;
  predicted: number;
  matched: number;
  facts: Record<Fact, FactCounts>;
}
export const emptyPeopleCounts = (): PeopleCounts => ({
  gold: 0,
  predicted: 0,
  matched: 0,
  facts: Object.fromEntries(
    FACTS.map((f) => [f, { applicable: 0, right: 0, given: 0, givenRight: 0 }]),
  ) as Record<Fact, FactCounts>,
});

/** One line of the errors file. */
export interface PeopleError {
  article: string;
  type: "missed" | "spurious" | "fact";
  person: string;
  fact?: Fact;
  gold?: unknown;
  predicted?: unknown;
  evidence?: string;
}

/**
 * Pairs gold and predicted people greedily, strongest name agreement first (3 same name, 2 given
 * names compatible, 1 a surname alone), each person at most once.
 */
export function matchPeople(gold: GoldPerson[], predicted: PredictedPerson[]) {
  const pairs: { g: number; p: number; score: number }[] = [];
  for (const [gi, g] of gold.entries())
    for (const [pi, p] of predicted.entries()) {
      const score = personAgreement(g, p);
      if (score > 0) pairs.push({ g: gi, p: pi, score });
    }
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matched: [GoldPerson, PredictedPerson][] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    matched.push([gold[g], predicted[p]]);
  }
  return {
    matched,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: predicted.filter((_, i) => !usedP.has(i)),
  };
}

/**
 * Scores one article into `into`: people found (precision, recall) and, over the matched people,
 * each fact. A fact is applicable when the gold gives it (category and official always); a
 * blank prediction then counts as wrong. A value given where the gold is null counts against
 * that fact's precision (for official: marked official but not one).
 */
export function scorePeople(
  article: string,
  gold: GoldPerson[],
  predicted: PredictedPerson[],
  into: PeopleCounts,
): PeopleError[] {
  const errors: PeopleError[] = [];
  const { matched, missed, spurious } = matchPeople(gold, predicted);
  into.gold += gold.length;
  into.predicted += predicted.length;
  into.matched += matched.length;
  for (const g of missed)
    errors.push({ article, type: "missed", person: g.name, evidence: g.evidence });
  for (const p of spurious) errors.push({ article, type: "spurious", person: p.name });
  for (const [g, p] of matched) {
    for (const fact of FACTS) {
      const c = into.facts[fact];
      const j = judge(fact, g, p);
      if (j.right !== null) {
        c.applicable++;
        if (j.right) c.right++;
      }
      const isGiven = given(fact, p, j.right !== null);
      if (isGiven) {
        c.given++;
        if (j.right) c.givenRight++;
      }
      const wrongGiven = isGiven && !j.right;
      if (j.right === false || wrongGiven)
        errors.push({
          article,
          type: "fact",
          person: g.name,
          fact,
          gold: j.gold,
          predicted: j.pred,
          evidence: g.evidence,
        });
    }
  }
  return errors;
}
