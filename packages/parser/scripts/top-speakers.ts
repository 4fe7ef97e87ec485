/**
 * The most quoted people over the bundled samples, with their facts, as the home page lists them:
 * `pnpm --filter @whosaid/parser exec tsx scripts/top-speakers.ts [N]`. A check for people-facts
 * work: read the list and judge each fact against the articles.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../src/index.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const top = Number(process.argv[2] ?? 20);
const inputs: { text: string; publishedAt?: string }[] = [
  { text: readFileSync(resolve(root, "samples/articles/nbc-ukraine-kherson.txt"), "utf8") },
  ...readFileSync(resolve(root, "samples/wikinews.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; publishedAt: string }),
];
const byName = new Map<string, { quotes: number; facts: Set<string> }>();
for (const input of inputs) {
  const parsed = parseArticle(input.text, { publishedAt: input.publishedAt });
  for (const q of parsed.quotes) {
    const p = parsed.people.find((x) => x.id === q.speakerId);
    if (!p) continue;
    const entry = byName.get(p.name) ?? { quotes: 0, facts: new Set<string>() };
    entry.quotes++;
    const party = (p as { party?: string | null }).party ?? "";
    entry.facts.add(
      [p.role, p.organization, p.country, party, p.category, p.isOfficial ? "official" : ""]
        .map((v) => v ?? "")
        .join(" · "),
    );
    byName.set(p.name, entry);
  }
}
const rows = [...byName].sort((a, b) => b[1].quotes - a[1].quotes).slice(0, top);
for (const [name, { quotes, facts }] of rows)
  console.log(`${String(quotes).padStart(3)}  ${name}\n       ${[...facts].join("\n       ")}`);
