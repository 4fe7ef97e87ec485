/**
 * Builds the compact IPTC Media Topics files shipped in data/iptc/ (run: pnpm build:taxonomy).
 * Step 1 (needs the JSON-LD source): active concepts → data/iptc/mediatopics.json.
 * Step 2: labels, definitions and the curated cues of src/lexicon/topic-cues.json → the inverted
 * index data/iptc/cue-index.json, so that the topics stage only looks tokens up.
 * The source defaults to ../shared/taxonomy beside the repository; pass another path as argument.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import cues from "../src/lexicon/topic-cues.json" with { type: "json" };
import { buildCueIndex } from "../src/topics/build-index.ts";
import { compactTaxonomy } from "../src/topics/compact.ts";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, "../data/iptc");
const source = resolve(
  process.argv[2] ?? join(here, "../../../../shared/taxonomy/iptc-mediatopics-en-US.json"),
);

if (existsSync(source)) {
  const concepts = compactTaxonomy(JSON.parse(readFileSync(source, "utf8")));
  writeFileSync(join(dataDir, "mediatopics.json"), `${JSON.stringify(concepts)}\n`);
  console.log(`mediatopics.json: ${concepts.length} active concepts from ${source}`);
} else {
  console.log(`no source at ${source}: keeping the committed mediatopics.json`);
}
const concepts = JSON.parse(readFileSync(join(dataDir, "mediatopics.json"), "utf8"));
const index = buildCueIndex(concepts, cues);
writeFileSync(join(dataDir, "cue-index.json"), `${JSON.stringify(index)}\n`);
console.log(`cue-index.json: ${Object.keys(index.terms).length} first words`);
