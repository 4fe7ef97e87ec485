/**
 * Per-client limit on mutations (by token, else by address): every mutation field a request
 * executes counts, aliases included, so 30 aliased `ingestArticle` cost 30, and `reparseAll`
 * (which parses every stored article again) costs more. A one-minute window starts with the
 * client's first mutation; counts live in the database, so all API processes share one limit.
 * Fields past the allowance are not executed: each gets RATE_LIMITED with `retryAfter` (seconds);
 * when nothing of a request runs, the answer is HTTP 429 with a Retry-After header.
 */
import { type Queryable, sweepRateWindows, takeRateUnits } from "@whosaid/db";
import { type ExecutionResult, GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import type { ErrorCode } from "../errors.ts";
import { type RootField, rootFields, withRootFields } from "./mutation-fields.ts";

const SWEEP_EVERY_MS = 5 * 60_000;

/** What one execution of a mutation field costs, in units of the per-minute limit. */
const MUTATION_WEIGHTS: Record<string, number> = { __typename: 0, reparseAll: 30 };

/** Counts mutation fields per client and refuses those over `perMinute` with RATE_LIMITED. */
export function useMutationRateLimit(db: Queryable, perMinute: number): Plugin<Context> {
  let lastSweep = Date.now();
  // A field heavier than the whole allowance could never run: it costs the allowance instead.
  const weight = (f: RootField) => Math.min(perMinute, MUTATION_WEIGHTS[f.name] ?? 1);
  return {
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const op = getOperationAST(args.document, args.operationName ?? undefined);
      if (op?.operation !== "mutation") return;
      const fields = rootFields(args.document, op, args.variableValues ?? undefined);
      const weights = fields.map(weight);
      if (!weights.some((w) => w > 0)) return;
      const key = (args.contextValue as Context).clientKey;
      const window = await takeRateUnits(db, key, weights, perMinute);
      const { retryAfter } = window;
      if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        await sweepRateWindows(db);
      }
      // The fields run in order while they fit; the first that does not stops the rest.
      let left = window.granted;
      const granted: RootField[] = [];
      for (const f of fields) {
        if (weight(f) > left) break;
        left -= weight(f);
        granted.push(f);
      }
      if (granted.length === fields.length) return;
      const refused = fields.slice(granted.length);
      // When nothing runs, the whole request is refused: HTTP 429 with Retry-After (yoga takes
      // `http` from the first error and leaves it out of the body).
      const whole = !granted.some((f) => weight(f) > 0);
      const http = { status: 429, headers: { "retry-after": String(retryAfter) } };
      const errors = refused.map(
        (f, i) =>
          new GraphQLError(
            `Too many mutations: at most ${perMinute} a minute; ${f.key} was not run. Retry in ${retryAfter} s.`,
            {
              nodes: f.nodes,
              path: [f.key],
              extensions: {
                code: "RATE_LIMITED" satisfies ErrorCode,
                retryAfter,
                ...(whole && i === 0 ? { http } : {}),
              },
            },
          ),
      );
      if (whole) {
        setResultAndStopExecution({ data: null, errors });
        return;
      }
      // Refused fields are left out of `data` (they are non-null: a null would void the fields
      // that did run); each has its error with its path.
      const document = withRootFields(args.document, op, granted);
      setExecuteFn(async (execArgs) => {
        const result = (await executeFn({ ...execArgs, document })) as ExecutionResult;
        return { ...result, errors: [...(result.errors ?? []), ...errors] };
      });
    },
  };
}
