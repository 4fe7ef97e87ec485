/** The development texts the parser checks run over: PolNeAR train and dev, GGT dev. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// WHOSAID_CORPORA lets a bundled copy of these checks (for profiling) run from elsewhere.
const corpora = process.env.WHOSAID_CORPORA ?? resolve(here, "../../../../../../shared/corpora");

export interface DevArticle {
  id: string;
  text: string;
  date?: string;
}

/** Articles of one corpus file (`polnear/train`, `polnear/dev`, `ggt/dev`); [] when absent. */
export function readCorpus(name: string): DevArticle[] {
  const file = resolve(corpora, `${name}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevArticle);
}
