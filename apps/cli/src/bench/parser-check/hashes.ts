/**
 * Output guard for parser speed work: a SHA-1 of every `parseArticle` result (JSON) over PolNeAR
 * train + dev and GGT dev, written to a file (`record OUT`) or compared with one (`check FILE`).
 *
 *   node --import tsx apps/cli/src/bench/parser-check/hashes.ts record /tmp/base.json
 *   node --import tsx apps/cli/src/bench/parser-check/hashes.ts check /tmp/base.json
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArticle } from "@whosaid/parser";
import { readCorpus } from "./corpus.ts";

function hashAll(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ["polnear/train", "polnear/dev", "ggt/dev"])
    for (const a of readCorpus(name)) {
      let json: string;
      try {
        json = JSON.stringify(parseArticle(a.text, { format: "text", publishedAt: a.date }));
      } catch (error) {
        json = `error: ${error instanceof Error ? error.message : String(error)}`;
      }
      out[a.id] = createHash("sha1").update(json).digest("hex");
    }
  return out;
}

const [mode, file] = process.argv.slice(2);
const now = hashAll();
if (mode === "record") {
  writeFileSync(file, JSON.stringify(now, null, 1));
  console.log(`recorded ${Object.keys(now).length} hashes in ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const changed = Object.keys(now).filter((id) => before[id] !== now[id]);
  console.log(`${Object.keys(now).length} articles, ${changed.length} changed`);
  for (const id of changed.slice(0, 20)) console.log(`  ${id}`);
  process.exitCode = changed.length ? 1 : 0;
}
