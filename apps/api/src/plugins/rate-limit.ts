/**
 * Per-client limit on mutations (by token, else by address): a one-minute window that starts with
 * the client's first mutation. Counts live in the database (`api_rate_windows`), so every API
 * process on one PostgreSQL enforces one shared limit.
 */
import type { Queryable } from "@whosaid/db";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import { clientError } from "../errors.ts";

// One statement, so concurrent mutations of one client from several processes serialise on its
// row: the count is exact. A window over a minute old restarts at 1.
const COUNT = `
  INSERT INTO api_rate_windows AS w (client_key, window_start, count) VALUES ($1, now(), 1)
  ON CONFLICT (client_key) DO UPDATE SET
    window_start = CASE WHEN w.window_start <= now() - interval '1 minute'
                        THEN now() ELSE w.window_start END,
    count = CASE WHEN w.window_start <= now() - interval '1 minute' THEN 1 ELSE w.count + 1 END
  RETURNING count,
    greatest(1, ceil(extract(epoch FROM w.window_start + interval '1 minute' - now())))::int
      AS retry_after`;

const SWEEP = `DELETE FROM api_rate_windows WHERE window_start < now() - interval '10 minutes'`;
const SWEEP_EVERY_MS = 5 * 60_000;

/** Counts mutations per client and refuses those over `perMinute` with RATE_LIMITED. */
export function mutationRateLimit(db: Queryable, perMinute: number): Plugin<Context> {
  let lastSweep = Date.now();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const op = getOperationAST(args.document, args.operationName ?? undefined);
      if (op?.operation !== "mutation") return;
      const key = (args.contextValue as Context).clientKey;
      const { rows } = await db.query<{ count: number; retry_after: number }>(COUNT, [key]);
      if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        // Rows of clients gone quiet; without this the table would keep every address ever seen.
        await db.query(SWEEP);
      }
      const { count, retry_after: retryAfter } = rows[0];
      if (count > perMinute) {
        setResultAndStopExecution({
          errors: [
            clientError("RATE_LIMITED", `Too many mutations: at most ${perMinute} a minute.`, {
              retryAfter,
            }),
          ],
        });
      }
    },
  };
}
