import { parentPort } from "node:worker_threads";
import { type ParseJob, runParse } from "./run.ts";

parentPort?.on("message", (job: ParseJob) => {
  parentPort?.postMessage(runParse(job));
});
