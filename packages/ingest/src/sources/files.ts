/**
 * Files as sources: plain files (.txt, .html), JSON Lines (one article per line) and CSV (a
 * `text` or `html` column) become articles to ingest with their metadata. Reading problems
 * become error items; they never stop the run. Which files to read (folders, extensions) is the
 * caller's: the CLI discovers them.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { parse as parseCsv } from "csv-parse/sync";
import type { InputItem } from "./item.ts";

/** A file to read, with the number of articles it holds (for the progress bar). */
export interface InputUnit {
  path: string;
  kind: "text" | "html" | "jsonl" | "csv";
  count: number;
}

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

/** How many articles a file holds (for a progress bar); 1 when it cannot be read (reading it reports why). */
export function countArticles(path: string, kind: InputUnit["kind"]): number {
  try {
    if (kind === "jsonl") return countLines(path);
    if (kind === "csv") return readCsv(path).length;
  } catch {}
  return 1;
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
