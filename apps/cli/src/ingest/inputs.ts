/**
 * Turns the paths given to `whosaid ingest` into articles to store: plain files (.txt, .html),
 * folders (recursively), JSON Lines (one article per line) and CSV (a `text` or `html` column).
 * Reading problems become error items; they never stop the run.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { createInterface } from "node:readline";
import { parse as parseCsv } from "csv-parse/sync";

/** One article to ingest, or a problem reading it. `ref` names it in messages (file, file:line). */
export type InputItem =
  | {
      ref: string;
      input: string;
      format?: "text" | "html";
      url?: string | null;
      source?: string | null;
      publishedAt?: string | null;
    }
  | { ref: string; error: string };

/** A file to read, with the number of articles it holds (for the progress bar). */
export interface InputUnit {
  path: string;
  kind: "text" | "html" | "jsonl" | "csv";
  count: number;
}

const KINDS: Record<string, InputUnit["kind"]> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
};

/** Largest single input file read whole (articles above it fail with a clear reason). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

function countLines(path: string): number {
  const text = readFileSync(path, "utf8");
  return text.split("\n").filter((line) => line.trim()).length;
}

function readCsv(path: string): Record<string, string>[] {
  return parseCsv(readFileSync(path, "utf8"), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    relax_column_count: true,
  });
}

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
    let count = 1;
    if (kind === "jsonl") count = countLines(path);
    if (kind === "csv") count = safeCount(() => readCsv(path).length);
    units.push({ path, kind, count });
  };
  for (const path of paths) visit(path, true);
  return units;
}

function safeCount(count: () => number): number {
  try {
    return count();
  } catch {
    return 1; // reading it again later reports the error
  }
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value : null;
}

function fromRecord(at: string, r: Record<string, unknown>): InputItem {
  const ref = typeof r.id === "string" || typeof r.id === "number" ? `${at} (${r.id})` : at;
  const html = str(r.html);
  const text = str(r.text);
  if (!html && !text) return { ref, error: 'no "text" or "html" field' };
  const format = r.format === "html" || r.format === "text" ? r.format : text ? undefined : "html";
  return {
    ref,
    input: (text ?? html) as string,
    format,
    url: str(r.url),
    source: str(r.source),
    publishedAt: str(r.publishedAt) ?? str(r.published_at) ?? str(r.date),
  };
}

/** Reads every article of the units, one at a time. */
export async function* readInputs(units: InputUnit[]): AsyncGenerator<InputItem> {
  for (const unit of units) {
    if (unit.kind === "jsonl") {
      let n = 0;
      const lines = createInterface({
        input: createReadStream(unit.path, "utf8"),
        crlfDelay: Number.POSITIVE_INFINITY,
      });
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        const ref = `${unit.path}:${n}`;
        try {
          const record = JSON.parse(line);
          yield record && typeof record === "object"
            ? fromRecord(ref, record)
            : { ref, error: "not a JSON object" };
        } catch (error) {
          yield { ref, error: `invalid JSON: ${(error as Error).message}` };
        }
      }
    } else if (unit.kind === "csv") {
      let rows: Record<string, string>[];
      try {
        rows = readCsv(unit.path);
      } catch (error) {
        yield { ref: unit.path, error: `invalid CSV: ${(error as Error).message}` };
        continue;
      }
      for (const [i, row] of rows.entries()) yield fromRecord(`${unit.path}:${i + 2}`, row);
    } else {
      const size = statSync(unit.path).size;
      if (size > MAX_FILE_BYTES) {
        yield {
          ref: unit.path,
          error: `file too large (${(size / 1048576).toFixed(1)} MB; the limit is 10 MB)`,
        };
        continue;
      }
      yield { ref: unit.path, input: readFileSync(unit.path, "utf8"), format: unit.kind };
    }
  }
}
