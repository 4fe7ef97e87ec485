/**
 * `GET /export/quotes.csv` and `/export/quotes.jsonl`: every quote matching the same filter as
 * `Query.quotes` (as query-string parameters), streamed from the database in keyset batches,
 * so the export is complete (no row cap) while memory stays at one batch.
 */
import type { Database } from "@whosaid/db";
import { EXPORT_COLUMNS, type ExportRow, exportQuotes, type QuoteFilter } from "@whosaid/db/read";
import type { Plugin } from "graphql-yoga";
import { filterFromParams } from "./export-params.ts";

/** The CSV header: the export columns in snake_case ("articleTitle" → "article_title"). */
const CSV_HEADER = EXPORT_COLUMNS.map((c) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));

function csvCell(value: unknown): string {
  let text = value == null ? "" : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: neutralise it.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(row: ExportRow): string {
  return `${EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(",")}\r\n`;
}

/** A stream of the export, pulling one batch from the database per read. */
export function exportStream(
  db: Database,
  filter: QuoteFilter,
  format: "csv" | "jsonl",
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = exportQuotes(db, filter);
  let headerSent = format !== "csv";
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`${CSV_HEADER.join(",")}\r\n`));
        return;
      }
      const next = await batches.next();
      if (next.done) return controller.close();
      const text = next.value
        .map((r) => (format === "csv" ? csvLine(r) : `${JSON.stringify(r)}\n`))
        .join("");
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** The yoga plugin that serves the export routes. */
export function exportRoutes(db: Database): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const match = /^\/export\/quotes\.(csv|jsonl)$/.exec(url.pathname);
      if (!match || request.method !== "GET") return;
      const format = match[1] as "csv" | "jsonl";
      const parsed = filterFromParams(url.searchParams);
      if ("error" in parsed) {
        const body = {
          errors: [{ message: parsed.error, extensions: { code: "BAD_USER_INPUT" } }],
        };
        return endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status: 400,
            headers: { "content-type": "application/json" },
          }),
        );
      }
      const type =
        format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
      endResponse(
        new fetchAPI.Response(exportStream(db, parsed.filter, format), {
          headers: {
            "content-type": type,
            "content-disposition": `attachment; filename="quotes.${format}"`,
          },
        }),
      );
    },
  };
}
