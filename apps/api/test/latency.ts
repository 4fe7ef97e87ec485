/** Probing the API while it works: the worst wait for an answer, and the bound it must meet. */
import { availableParallelism } from "node:os";

/**
 * Calls `probe` every `everyMs` until `done` settles; returns the worst time a probe took to be
 * answered, counted from when it was due (or from the previous answer, when that came later), so
 * that a blocked event loop (a timer that fires late) counts as much as a slow answer.
 */
export async function worstLatency(
  probe: () => Promise<unknown>,
  done: Promise<unknown>,
  everyMs: number,
) {
  let worst = 0;
  let count = 0;
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  let due = performance.now();
  while (!finished) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    await probe();
    const answered = performance.now();
    worst = Math.max(worst, answered - due);
    count++;
    due = Math.max(due + everyMs, answered);
  }
  return { worst, count };
}

/**
 * The bound on an answer: 100 ms (issue 13's aim) on a machine with a core to spare, scaled by the
 * load when there is none. Waiting for a core is not the API's doing: at a load of 20 on 2 cores a
 * thread runs a tenth of the time, and every answer, PostgreSQL's included, took 3–10 times longer
 * (BENCHMARKS.md, "API: health checks during reparseAll").
 */
export function boundMs(loads: number[]): number {
  return 100 * Math.max(1, Math.max(...loads) / availableParallelism());
}
