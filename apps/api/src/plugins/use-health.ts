/**
 * `GET /health`: for load balancers and monitoring. 200 with `status: "ok"` when the process can
 * reach its database, else 503; with the process's memory, including the live heap of the main
 * thread and of each parser thread (see @whosaid/ingest's live-heap.ts).
 */
import type { Database } from "@whosaid/db";
import { type ParserPool, toMb, trackLiveHeap } from "@whosaid/ingest";
import type { Plugin } from "graphql-yoga";

/** What `/health` answers. */
export interface Health {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  uptimeSeconds: number;
  memory: {
    rssMb: number;
    heapUsedMb: number;
    liveHeapMb: number | null;
    parserLiveHeapMb: (number | null)[];
  };
}

async function databaseReachable(db: Database, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = db.ping().then(
    () => true,
    () => false,
  );
  return Promise.race([probe, timeout]).finally(() => clearTimeout(timer));
}

/** The yoga plugin that serves `/health`. */
export function useHealth(db: Database, parser: ParserPool, timeoutMs = 2000): Plugin {
  const liveHeapMb = trackLiveHeap();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== "/health" || request.method !== "GET") return;
      const reachable = await databaseReachable(db, timeoutMs);
      const memory = process.memoryUsage();
      const health: Health = {
        status: reachable ? "ok" : "unavailable",
        database: reachable ? "ok" : "unreachable",
        uptimeSeconds: Math.round(process.uptime()),
        memory: {
          rssMb: toMb(memory.rss),
          heapUsedMb: toMb(memory.heapUsed),
          liveHeapMb: liveHeapMb(),
          parserLiveHeapMb: parser.liveHeapMb(),
        },
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify(health), {
          status: reachable ? 200 : 503,
          headers: { "content-type": "application/json", "cache-control": "no-store" },
        }),
      );
    },
  };
}
