/**
 * People stage (issue 3): start-up cost of its knowledge base (import, first look-ups, memory, in a
 * fresh process) and its share of parsing time on the PolNeAR train texts: the whole parser with
 * and without the people stage, and the people stage alone.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Doc } from "../../../../../packages/parser/src/doc.ts";
import { metadata } from "../../../../../packages/parser/src/stages/metadata.ts";
import { normalize } from "../../../../../packages/parser/src/stages/normalize.ts";
import { people } from "../../../../../packages/parser/src/stages/people.ts";
import { quotes } from "../../../../../packages/parser/src/stages/quotes.ts";
import { segment } from "../../../../../packages/parser/src/stages/segment.ts";
import { sentences } from "../../../../../packages/parser/src/stages/sentences.ts";
import { topics } from "../../../../../packages/parser/src/stages/topics.ts";
import type { BenchRow } from "../index.ts";

export const name = "parser-people";
export const description =
  "people stage: KB start-up time and memory; articles/s with and without it";

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, "../../../../../../shared/corpora/polnear/train.jsonl");

function startup(): BenchRow {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, join(here, "../people-startup.ts")],
    {
      encoding: "utf8",
    },
  );
  if (child.status !== 0)
    return {
      suite: name,
      case: "KB start-up",
      metrics: {},
      notes: `failed: ${child.stderr.slice(0, 200)}`,
    };
  const m = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as Record<string, number>;
  return {
    suite: name,
    case: "KB start-up (fresh process)",
    metrics: m,
    notes: "import = loading the compiled KB modules; first = first look-ups (lazy index split)",
  };
}

type Stage = (doc: Doc) => Doc;

function parse(text: string, date: string, withPeople: boolean): Doc {
  const chain: Stage[] = [
    segment,
    metadata,
    sentences,
    ...(withPeople ? [people] : []),
    quotes,
    topics,
  ];
  let doc = normalize(text, { format: "text", publishedAt: date });
  for (const stage of chain) doc = stage(doc);
  return doc;
}

function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return (performance.now() - t0) / 1000;
}

export async function run(): Promise<BenchRow[]> {
  const rows = [startup()];
  if (!existsSync(corpus))
    return [
      ...rows,
      { suite: name, case: "throughput", metrics: {}, notes: "skipped: PolNeAR absent" },
    ];
  const arts = readFileSync(corpus, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; date: string });
  for (const a of arts.slice(0, 20)) parse(a.text, a.date, true);
  const without = timed(() => {
    for (const a of arts) parse(a.text, a.date, false);
  });
  const withP = timed(() => {
    for (const a of arts) parse(a.text, a.date, true);
  });
  const ready = arts.map((a) =>
    sentences(metadata(segment(normalize(a.text, { format: "text", publishedAt: a.date })))),
  );
  let found = 0;
  const alone = timed(() => {
    for (const d of ready) found += people(d).people.length;
  });
  const n = arts.length;
  const notes = `${n} PolNeAR train articles, one core`;
  return [
    ...rows,
    {
      suite: name,
      case: "parser without people stage",
      metrics: { "articles/s": n / without, s: without },
      notes,
    },
    {
      suite: name,
      case: "parser with people stage",
      metrics: {
        "articles/s": n / withP,
        s: withP,
        "slowdown %": (100 * (withP - without)) / without,
      },
      notes,
    },
    {
      suite: name,
      case: "people stage alone",
      metrics: {
        "articles/s": n / alone,
        "ms/article": (1000 * alone) / n,
        "people/article": found / n,
      },
      notes,
    },
  ];
}
