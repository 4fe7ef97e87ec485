/**
 * The CSV export of every quote through the API, from a PostgreSQL archive: rows/s, and the CPU
 * time it cost the API process and the server's connections (per row, the figures a loaded
 * machine does not distort much), with the API's RSS while streaming. `--csv-db=URL` exports an
 * archive as it is (e.g. the serving benchmark's); otherwise a temporary one of
 * `--csv-articles=N` (default 100,000) is built the serving benchmark's way and dropped.
 * `--csv-runs=N` exports N times (default 2) from the same API process.
 */
import { loadavg } from "node:os";
import { startApiProcess } from "@whosaid/api/bench";
import { openDatabase, readDbEnv } from "@whosaid/db";
import { serverProcessIds } from "@whosaid/db/bench";
import { createTestDatabase } from "@whosaid/db/testing";
import type { BenchRow } from "../index.ts";
import { buildArchive } from "../serving-archive.ts";
import { cpuSeconds, streamExport } from "../serving-client.ts";

export const name = "csv";
export const description = "CSV export of every quote through the API: rows/s, CPU per row, RSS";

const flag = (args: string[], key: string) =>
  args.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3);

export async function run(args: string[]): Promise<BenchRow[]> {
  const kept = flag(args, "csv-db");
  const runs = Number(flag(args, "csv-runs") ?? 2);
  const temp = kept ? null : await createTestDatabase(readDbEnv().testDatabaseUrl);
  const url = kept ?? (temp?.url as string);
  const rows: BenchRow[] = [];
  try {
    const db = await openDatabase({ url });
    try {
      if (temp) await buildArchive(db, Number(flag(args, "csv-articles") ?? 100_000));
      const api = await startApiProcess({ DATABASE_URL: url, WHOSAID_DATA_DIR: "" });
      try {
        const exportUrl = api.url.replace(/\/graphql$/, "/export/quotes.csv");
        for (let i = 0; i < runs; i++) {
          // The server's CPU: every connection to this database, before and after (a connection
          // opened meanwhile starts from zero).
          const before = new Map((await serverProcessIds(db)).map((p) => [p, cpuSeconds(p)]));
          const load = loadavg()[0];
          const result = await streamExport(exportUrl, api.child.pid);
          let server = 0;
          for (const p of await serverProcessIds(db))
            server += cpuSeconds(p) - (before.get(p) ?? 0);
          const perRow = (s: number) => Number(((s / result.rows) * 1e6).toFixed(1));
          rows.push({
            suite: name,
            case: `CSV export, every quote, run ${i + 1}`,
            metrics: {
              ...result,
              "server CPU s": Number(server.toFixed(1)),
              "API µs/row": perRow(result["API CPU s"]),
              "server µs/row": perRow(server),
              "load before": Number(load.toFixed(1)),
              "load after": Number(loadavg()[0].toFixed(1)),
            },
          });
        }
      } finally {
        await api.stop();
      }
    } finally {
      await db.close();
    }
  } finally {
    await temp?.drop();
  }
  return rows;
}
