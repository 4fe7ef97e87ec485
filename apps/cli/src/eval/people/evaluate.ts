import { parseArticle } from "@whosaid/parser";
import type { PeopleGoldArticle } from "./gold.ts";
import { emptyPeopleCounts, type PeopleCounts, type PeopleError, scorePeople } from "./score.ts";

export interface PeopleEvalResult {
  articles: number;
  failed: number;
  seconds: number;
  counts: PeopleCounts;
  /** Counts per gold source (polnear, ggt, wikinews). */
  bySource: Record<string, PeopleCounts>;
  errors: PeopleError[];
}

/** Parses every gold article in this process and scores its people against the gold. */
export function evaluatePeople(articles: PeopleGoldArticle[]): PeopleEvalResult {
  const counts = emptyPeopleCounts();
  const bySource: Record<string, PeopleCounts> = {};
  const errors: PeopleError[] = [];
  let failed = 0;
  const t0 = performance.now();
  for (const a of articles) {
    let people: ReturnType<typeof parseArticle>["people"] = [];
    try {
      people = parseArticle(a.text, { format: "text", publishedAt: a.date ?? undefined }).people;
    } catch {
      failed++;
    }
    bySource[a.source] ??= emptyPeopleCounts();
    errors.push(...scorePeople(a.id, a.people, people, counts));
    scorePeople(a.id, a.people, people, bySource[a.source]);
  }
  return {
    articles: articles.length,
    failed,
    seconds: (performance.now() - t0) / 1000,
    counts,
    bySource,
    errors,
  };
}
