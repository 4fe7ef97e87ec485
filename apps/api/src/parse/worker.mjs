// Worker-thread entry: a worker does not inherit tsx from the main thread, so register it here.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
