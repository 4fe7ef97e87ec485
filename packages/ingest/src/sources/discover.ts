/**
 * Finds the files behind the paths given to `whosaid ingest` or to the API's preload: plain files
 * (.txt, .html), folders (recursively), JSON Lines and CSV. Reading them into articles is
 * readInputs (files.ts).
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { countArticles, type InputUnit } from "./files.ts";

const KINDS: Record<string, InputUnit["kind"]> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
};

/** Lists the files behind the given paths (folders recursively); unknown paths throw. */
export function discover(paths: string[]): InputUnit[] {
  const units: InputUnit[] = [];
  const visit = (path: string, explicit: boolean) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith(".") && entry !== "node_modules") visit(join(path, entry), false);
      }
      return;
    }
    const kind = KINDS[extname(path).toLowerCase()] ?? (explicit ? "text" : undefined);
    if (!kind) return; // other files in a folder (images, READMEs in other formats) are not articles
    units.push({ path, kind, count: countArticles(path, kind) });
  };
  for (const path of paths) visit(path, true);
  return units;
}
