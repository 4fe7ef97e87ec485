/**
 * Serves `GET /export/quotes.csv` and `/export/quotes.jsonl` (see `../export.ts` for the stream,
 * `../export-params.ts` for the filter's parameters).
 */
import type { Database } from "@whosaid/db";
import type { Plugin } from "graphql-yoga";
import { type Abort, errorResponse, exportStream, type Format } from "../export.ts";
import { filterFromParams } from "../export-params.ts";

interface NodeServerContext {
  res?: { destroy(error?: Error): void };
}

// Rows per database read. A CSV batch is a few text lines per row (4,000 lines ≈ 2 MB): larger
// batches spend less of PostgreSQL's time on planning and round trips (−7 to −17% of its CPU per
// row against 1,000, BENCHMARKS.md). JSON Lines batches are row objects, which cost more memory.
const BATCH_ROWS: Record<Format, number> = { csv: 4000, jsonl: 1000 };

/** The yoga plugin that serves the export routes (`batchSize` rows per database read). */
export function useExportRoutes(db: Database, batchSize?: number): Plugin<NodeServerContext> {
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      const match = /^\/export\/quotes\.(csv|jsonl)$/.exec(url.pathname);
      if (!match || request.method !== "GET") return;
      const format = match[1] as Format;
      // Under node's HTTP server, destroying the socket is how a streamed response is broken
      // off (erroring the stream would surface as an unhandled 'error' event there).
      const res = (serverContext as NodeServerContext | undefined)?.res;
      const abort: Abort = (error, controller) => {
        if (res) {
          res.destroy();
          controller.close();
        } else controller.error(error);
      };
      let body: ReadableStream<Uint8Array>;
      try {
        const rows = batchSize ?? BATCH_ROWS[format];
        body = await exportStream(db, filterFromParams(url.searchParams), format, rows, abort);
      } catch (error) {
        return endResponse(errorResponse(error, fetchAPI));
      }
      const type =
        format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
      endResponse(
        new fetchAPI.Response(body, {
          headers: {
            "content-type": type,
            "content-disposition": `attachment; filename="quotes.${format}"`,
          },
        }),
      );
    },
  };
}
