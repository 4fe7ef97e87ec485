import { parentPort } from "node:worker_threads";
import { trackLiveHeap } from "../health/live-heap.ts";
import { type ParseJob, runParse } from "./run.ts";

const liveHeapMb = trackLiveHeap();

// Load the language model, word lists and knowledge base now rather than on the first ingest: the
// first ingest then answers as fast as the rest, and the thread's memory reaches its working size
// before traffic arrives (so memory measured under load is the steady state, not the loading).
runParse({
  input:
    'Warm-up headline\n\nThe minister said on Monday that talks would resume in Kyiv. "We are ready," she told reporters.\n',
  options: { format: "text" },
});

// Each answer carries the thread's live heap, so the API can report it without another message.
parentPort?.on("message", (job: ParseJob) => {
  parentPort?.postMessage({ outcome: runParse(job), liveHeapMb: liveHeapMb() });
});
