import { type EvalResult, type Group, THRESHOLDS } from "./evaluate.ts";
import { prf } from "./metrics.ts";

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

/** The printed table: per group and threshold, P/R/F1, speaker accuracy and end-to-end P/R/F1. */
export function formatReport(result: EvalResult, groups: Group[], header: string[]): string {
  const lines = [...header, ""];
  lines.push(
    "group     t    gold  pred |   P     R     F1  | spk acc (n)    | e2e P  e2e R  e2e F1",
  );
  for (const g of groups) {
    for (const t of THRESHOLDS) {
      const c = result.counts[`${g}@${t}`];
      const m = prf(c.correct, c.predicted, c.found, c.gold);
      const e = prf(c.correctE2E, c.predicted, c.foundE2E, c.gold);
      const acc = c.speakerTotal ? c.speakerRight / c.speakerTotal : 0;
      lines.push(
        `${g.padEnd(9)} ${t.toFixed(1)} ${String(c.gold).padStart(6)} ${String(c.predicted).padStart(5)} | ${pct(m.p)} ${pct(m.r)} ${pct(m.f1)} | ${pct(acc)} (${String(c.speakerTotal).padStart(5)}) | ${pct(e.p)}  ${pct(e.r)}  ${pct(e.f1)}`,
      );
    }
  }
  lines.push(
    "",
    `Parsed ${result.articles} articles in ${result.seconds.toFixed(1)} s${result.failed ? ` (${result.failed} failed to parse)` : ""}${result.stageErrors ? `; ${result.stageErrors} with a stage's internal error (see warnings)` : ""}.`,
  );
  return lines.join("\n");
}
