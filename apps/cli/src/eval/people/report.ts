import { prf } from "../metrics.ts";
import type { PeopleEvalResult } from "./evaluate.ts";
import { FACTS, type PeopleCounts } from "./score.ts";

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : "–").padStart(5);
const frac = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`.padEnd(17);

function peopleLine(label: string, c: PeopleCounts): string {
  const m = prf(c.matched, c.predicted, c.matched, c.gold);
  return `${label.padEnd(9)} gold ${String(c.gold).padStart(4)}  predicted ${String(c.predicted).padStart(4)}  found ${String(c.matched).padStart(4)} | P ${pct(c.matched, c.predicted)}  R ${pct(c.matched, c.gold)}  F1 ${(m.f1 * 100).toFixed(1).padStart(5)}`;
}

/** The printed report: people found, then each fact's accuracy and precision over them. */
export function formatPeopleReport(result: PeopleEvalResult, header: string[]): string {
  const c = result.counts;
  const lines = [...header, "", "People found (name or aliases; surname + compatible given name)"];
  lines.push(peopleLine("all", c));
  for (const [source, s] of Object.entries(result.bySource)) lines.push(peopleLine(source, s));
  lines.push(
    "",
    `Facts over the ${c.matched} people found: accuracy where the gold gives the fact (blank = wrong),`,
    "and precision of the values given (country, party: a value where the gold has none is wrong;",
    "official: marked official but holds no public office is wrong)",
    "",
    "fact          accuracy (right/applicable)   precision (right/given)",
  );
  for (const fact of FACTS) {
    const f = c.facts[fact];
    lines.push(
      `${fact.padEnd(13)} ${frac(f.right, f.applicable)}             ${frac(f.givenRight, f.given)}`,
    );
  }
  lines.push(
    "",
    `Parsed ${result.articles} articles in ${result.seconds.toFixed(1)} s${result.failed ? ` (${result.failed} failed to parse)` : ""}.`,
  );
  return lines.join("\n");
}
