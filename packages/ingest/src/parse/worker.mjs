// Worker-thread entry: a worker does not inherit tsx from the main thread, so register it here.
import { register } from "tsx/esm/api";

register();
const { default: parseInWorker } = await import("./worker.ts");

export default parseInWorker;
