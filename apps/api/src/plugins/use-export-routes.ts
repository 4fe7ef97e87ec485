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

/** The yoga plugin that serves the export routes (`batchSize` rows per database read). */
export function useExportRoutes(db: Database, batchSize = 1000): Plugin<NodeServerContext> {
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
        body = await exportStream(db, filterFromParams(url.searchParams), format, batchSize, abort);
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
