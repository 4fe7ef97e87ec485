/** Per-client limit on mutations (by token, else by address): a fixed one-minute window. */
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import { clientError } from "../errors.ts";

/** Counts mutations per client and refuses those over `perMinute` with RATE_LIMITED. */
export function mutationRateLimit(perMinute: number): Plugin<Context> {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const op = getOperationAST(args.document, args.operationName ?? undefined);
      if (op?.operation !== "mutation") return;
      const now = Date.now();
      if (now - windowStart >= 60_000) {
        windowStart = now;
        counts = new Map(); // dropping the old window also bounds the map's memory
      }
      const key = (args.contextValue as Context).clientKey;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n > perMinute) {
        const retryAfter = Math.ceil((windowStart + 60_000 - now) / 1000);
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
