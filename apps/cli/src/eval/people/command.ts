import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { cliEnv } from "../../env.ts";
import { evaluatePeople } from "./evaluate.ts";
import { defaultCorpora, readPeopleGold } from "./gold.ts";
import { formatPeopleReport } from "./report.ts";

export const PEOPLE_HELP = `Usage: pnpm whosaid eval --people GOLD.jsonl [--corpora DIR] [--out FILE]
Parses every article of a people gold (packages/parser/test/fixtures/people-gold/) and prints the
precision and recall of the people found, then, over the people found, the accuracy of role,
organization, country, party, category and official, and the precision of the values given.
Matching and agreement rules: packages/parser/test/fixtures/people-gold/README.md.
  --corpora DIR   where PolNeAR and GGT texts are read from (default: $WHOSAID_CORPORA, else
                  ../shared/corpora beside the repository)
  --out FILE      where to write missed and spurious people and wrong facts as JSONL
                  (default: eval-people-errors.jsonl in the current directory)`;

/** `whosaid eval --people GOLD`: returns the exit code. */
export function runPeopleEval(argv: string[], usage: (message: string) => number): number {
  let gold: string | null = null;
  let corpora = defaultCorpora();
  let out = "eval-people-errors.jsonl";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--people") gold = argv[++i] ?? null;
    else if (a === "--corpora") corpora = argv[++i] ?? corpora;
    else if (a === "--out") out = argv[++i] ?? out;
    else return usage(`unknown argument ${a} for --people`);
  }
  if (!gold) return usage("--people needs a gold JSONL file");
  const base = cliEnv().cwd;
  const path = resolve(base, gold);
  let articles: ReturnType<typeof readPeopleGold>;
  try {
    articles = readPeopleGold(path, resolve(base, corpora));
  } catch (e) {
    console.error(`whosaid eval: ${(e as Error).message}`);
    return 1;
  }
  const result = evaluatePeople(articles);
  const header = [
    `Gold: ${path}`,
    `Articles: ${articles.length}; gold people: ${result.counts.gold}`,
  ];
  console.log(formatPeopleReport(result, header));
  const outPath = resolve(base, out);
  writeFileSync(
    outPath,
    result.errors.map((e) => JSON.stringify(e)).join("\n") + (result.errors.length ? "\n" : ""),
  );
  console.log(
    `Missed and spurious people and wrong facts: ${outPath} (${result.errors.length} lines)`,
  );
  return 0;
}
