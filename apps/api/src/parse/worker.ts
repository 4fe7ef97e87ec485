import { parentPort } from "node:worker_threads";
import { type ParseJob, runParse } from "./run.ts";

// Load the language model, word lists and knowledge base now rather than on the first ingest: the
// first ingest then answers as fast as the rest, and the thread's memory reaches its working size
// before traffic arrives (so memory measured under load is the steady state, not the loading).
runParse({
  input:
    'Warm-up headline\n\nThe minister said on Monday that talks would resume in Kyiv. "We are ready," she told reporters.\n',
  options: { format: "text" },
});

parentPort?.on("message", (job: ParseJob) => {
  parentPort?.postMessage(runParse(job));
});
