/**
 * The quote export (served by `plugins/use-export-routes.ts`): every quote matching the same filter as
 * `Query.quotes` (as query-string parameters), streamed from the database in keyset batches,
 * so the export is complete (no row cap) while memory stays at one batch.
 *
 * An error ends its response, never the process: before the first row it is answered with its
 * code (400 for a bad filter, 503 when the database is lost); after it, the response is aborted
 * so that the client sees an incomplete download, not a short file that looks whole.
 */
import type { Database } from "@whosaid/db";
import { EXPORT_COLUMNS, exportCsvLines, exportQuotes, type QuoteFilter } from "@whosaid/db/read";
import { clientErrorOf, ERROR_STATUS, type ErrorCode } from "./errors.ts";
import { boundedLogger } from "./log.ts";

/** The CSV header: the export columns in snake_case ("articleTitle" → "article_title"). */
const CSV_HEADER = EXPORT_COLUMNS.map((c) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));

/** The export's file formats. */
export type Format = "csv" | "jsonl";
const encoder = new TextEncoder();

/**
 * The export as text batches: CSV lines are made by the database (`csv_cell`: empty for null, a
 * leading = + - @ neutralised, quoted when needed, CRLF line ends), JSON lines here.
 */
async function* textBatches(
  db: Database,
  filter: QuoteFilter,
  format: Format,
  batchSize: number,
): AsyncGenerator<string> {
  if (format === "csv") {
    yield* exportCsvLines(db, filter, batchSize);
    return;
  }
  for await (const rows of exportQuotes(db, filter, batchSize))
    yield rows.map((r) => `${JSON.stringify(r)}\n`).join("");
}

/** Breaks the response off: the node socket when there is one, else the stream itself. */
export type Abort = (
  error: unknown,
  controller: ReadableStreamDefaultController<Uint8Array>,
) => void;

/**
 * The export as a stream, the first batch already read (so that its errors can still be
 * answered with a status), then one batch per read.
 */
export async function exportStream(
  db: Database,
  filter: QuoteFilter,
  format: Format,
  batchSize: number,
  abort: Abort,
): Promise<ReadableStream<Uint8Array>> {
  const batches = textBatches(db, filter, format, batchSize);
  const first = await batches.next();
  let done = first.done;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === "csv") controller.enqueue(encoder.encode(`${CSV_HEADER.join(",")}\r\n`));
      if (!first.done) controller.enqueue(encoder.encode(first.value));
      if (done) controller.close();
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        done = next.done;
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        boundedLogger.error("export stopped:", error);
        abort(error, controller);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** An error before the first row, answered with its code and status. */
export function errorResponse(error: unknown, fetchAPI: { Response: typeof Response }): Response {
  const client = clientErrorOf(error);
  if (!client) boundedLogger.error("export failed:", error);
  const code = (client?.extensions.code as ErrorCode | undefined) ?? "INTERNAL_SERVER_ERROR";
  const message = client?.message ?? "Unexpected error.";
  const { http: _, ...extensions } = client?.extensions ?? { code };
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status: ERROR_STATUS[code] ?? 500,
    headers: { "content-type": "application/json" },
  });
}
