// Worker-thread entry: workers do not inherit tsx from the main thread, so register it here.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
