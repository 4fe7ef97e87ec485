/** A parser thread of the pool: answers each job with its outcome and the thread's live heap. */
import { threadId } from "node:worker_threads";
import { collectWhenIdle } from "@whosaid/db/idle-collect";
import { trackLiveHeap } from "../live-heap.ts";
import type { ParseJob } from "./outcome.ts";
import { type PackedOutcome, packOutcome } from "./packed.ts";
import { runParse } from "./run.ts";

const liveHeapMb = trackLiveHeap();

// Load the language model, word lists and knowledge base now rather than on the first job: the
// first article then parses as fast as the rest, and a replaced thread is ready before its turn.
runParse({
  input:
    'Warm-up headline\n\nThe minister said on Monday that talks would resume in Kyiv. "We are ready," she told reporters.\n',
  options: { format: "text" },
});
// The warm-up's garbage and a busy spell's young generation go back once the thread is quiet
// (the pool's threads wait for jobs without blocking their event loop, so the timer runs).
collectWhenIdle();

/** What a parser thread answers: the outcome in pieces (see packed.ts). */
export interface WorkerReply {
  outcome: PackedOutcome;
  threadId: number;
  liveHeapMb: number | null;
}

/** A job as the pool sends it: with a flag the thread raises when it starts, to start the clock. */
export interface WorkerJob extends ParseJob {
  started: Int32Array;
}

export default function parseInWorker({ started, ...job }: WorkerJob): WorkerReply {
  Atomics.store(started, 0, 1);
  Atomics.notify(started, 0);
  return { outcome: packOutcome(runParse(job)), threadId, liveHeapMb: liveHeapMb() };
}
