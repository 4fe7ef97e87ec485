import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { cliEnv } from "../env.ts";
import { evaluate, type Group } from "../eval/evaluate.ts";
import { readGold } from "../eval/gold.ts";
import { PEOPLE_HELP, runPeopleEval } from "../eval/people/command.ts";
import { formatReport } from "../eval/report.ts";

export const summary =
  "Score the parser's quotes (or, with --people, its people and their facts) against a gold JSONL file.";

const HELP = `Usage: pnpm whosaid eval GOLD.jsonl [--kinds quoted|indirect|all] [--speech-only] [--same-kind]
                              [--out FILE]

Parses every article of GOLD.jsonl (format: ../shared/corpora/README.md; PolNeAR or the seed's
.gold.jsonl) in this process and prints, per kind and at thresholds 0.3 (loose) and 0.8 (strict):
precision, recall, F1, speaker accuracy and end-to-end precision, recall and F1.

Definitions: every span is trimmed of quotation marks, spaces and edge punctuation. A gold quote
is found when the predicted spans overlapping it cover >= t of its characters; a predicted quote
is correct when gold spans cover >= t of its characters. quoted = direct + partial. Speaker
accuracy: over found gold quotes with a named speaker, the predicted quote covering most of it
names the same person (surnames agree). End to end, a quote counts only when it is found (or
correct) and its speaker is right (for unnamed gold speakers: the same span or head noun).
Speaker figures are printed under two rules: "corrected" (a resolved speaker that names no one,
such as "a citizen", is a label outside speaker accuracy; PolNeAR's described source such as "the
Vermont senator" is right when the prediction resolved that very mention) and "original" (every
resolved speaker is a name; a source is judged by its words only).
Gold marked optional is neither required nor penalised. Kinds choose which quotes are scored;
spans are matched against the other side's spans of any kind (PolNeAR derives kinds from
quotation marks and misses '' marks), or of the same kinds with --same-kind.

  --kinds K       quoted, indirect or all (default: all three)
  --speech-only   keep only gold whose speechCue is true (PolNeAR)
  --non-speech-optional
                  with --speech-only: keep gold whose speechCue is false as optional instead
                  of dropping it (its cue flag misses many verbs of speech, "continued",
                  "concluded", "joked": a statement predicted there is then no false hit)
  --same-kind     match predictions only against gold of the scored kinds, and vice versa
  --out FILE      where to write misses, false hits and speaker errors at t = 0.3 as JSONL
                  (default: eval-misses.jsonl in the current directory)

${PEOPLE_HELP}`;

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  if (argv.includes("--people")) return runPeopleEval(argv, usage);
  const files: string[] = [];
  let groups: Group[] = ["quoted", "indirect", "all"];
  let speechOnly = false;
  let nonSpeechOptional = false;
  let sameKind = false;
  let out = "eval-misses.jsonl";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--speech-only") speechOnly = true;
    else if (a === "--non-speech-optional") nonSpeechOptional = speechOnly = true;
    else if (a === "--same-kind") sameKind = true;
    else if (a === "--kinds") {
      const k = argv[++i];
      if (k !== "quoted" && k !== "indirect" && k !== "all")
        return usage(`--kinds takes quoted, indirect or all, not "${k}"`);
      groups = [k];
    } else if (a === "--out") out = argv[++i] ?? out;
    else if (a.startsWith("--")) return usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) return usage("give exactly one gold JSONL file");
  const base = cliEnv().cwd;
  const path = resolve(base, files[0]);
  const articles = readGold(path);
  const result = evaluate(articles, { groups, speechOnly, nonSpeechOptional, sameKind });
  const goldCount = articles.reduce((n, a) => n + a.quotes.length, 0);
  const header = [
    `Gold: ${path}`,
    `Articles: ${articles.length}; gold quotes in file: ${goldCount}; filters: kinds=${groups.join(",")}, ${speechOnly ? (nonSpeechOptional ? "speech-only (speechCue false: optional)" : "speech-only (speechCue true)") : "all attributions"}; matched against ${sameKind ? "the same kinds only" : "spans of any kind"}; optional gold ignored.`,
  ];
  console.log(formatReport(result, groups, header));
  const outPath = resolve(base, out);
  writeFileSync(
    outPath,
    result.misses.map((m) => JSON.stringify(m)).join("\n") + (result.misses.length ? "\n" : ""),
  );
  console.log(
    `Misses, false hits and speaker errors (t = 0.3): ${outPath} (${result.misses.length} lines)`,
  );
  return 0;
}

function usage(message: string): number {
  console.error(`whosaid eval: ${message}\n\n${HELP}`);
  return 2;
}
