import { type EvalResult, type Group, THRESHOLDS } from "./evaluate.ts";
import { countsOf, prf } from "./metrics.ts";
import { SPEAKER_RULES } from "./names.ts";

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

/**
 * The printed table: per group and threshold, P/R/F1, then speaker accuracy and end-to-end P/R/F1
 * under each speaker rule (`corrected` first, then `original`; see `SpeakerRule`).
 */
export function formatReport(result: EvalResult, groups: Group[], header: string[]): string {
  const lines = [...header, ""];
  lines.push(
    "group     t    gold  pred |   P     R     F1  | rule      | spk acc (n)    | e2e P  e2e R  e2e F1",
  );
  for (const g of groups) {
    for (const t of THRESHOLDS) {
      const c = result.counts[`${g}@${t}`];
      const m = prf(c.correct, c.predicted, c.found, c.gold);
      const spans = `${g.padEnd(9)} ${t.toFixed(1)} ${String(c.gold).padStart(6)} ${String(c.predicted).padStart(5)} | ${pct(m.p)} ${pct(m.r)} ${pct(m.f1)}`;
      for (const rule of [...SPEAKER_RULES].reverse()) {
        const s = countsOf(c, rule);
        const e = prf(s.correctE2E, c.predicted, s.foundE2E, c.gold);
        const acc = s.speakerTotal ? s.speakerRight / s.speakerTotal : 0;
        const left = rule === "corrected" ? spans : " ".repeat(spans.length);
        lines.push(
          `${left} | ${rule.padEnd(9)} | ${pct(acc)} (${String(s.speakerTotal).padStart(5)}) | ${pct(e.p)}  ${pct(e.r)}  ${pct(e.f1)}`,
        );
      }
    }
  }
  lines.push(
    "",
    `Parsed ${result.articles} articles in ${result.seconds.toFixed(1)} s${result.failed ? ` (${result.failed} failed to parse)` : ""}${result.stageErrors ? `; ${result.stageErrors} with a stage's internal error (see warnings)` : ""}.`,
  );
  return lines.join("\n");
}
