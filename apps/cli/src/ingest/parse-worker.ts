import { parentPort } from "node:worker_threads";
import { type ParseRequest, parseOne } from "./parse-one.ts";

parentPort?.on("message", (request: ParseRequest) => {
  parentPort?.postMessage(parseOne(request));
});
