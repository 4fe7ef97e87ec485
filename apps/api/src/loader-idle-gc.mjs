// Registered as module hooks (`module.register`, server.ts) only to run code in the module loader
// thread that tsx starts beside the API's main thread: there, as in the API's other threads, one
// full collection once it is quiet (its young generation stayed at ~15 MB, empty once every module
// is loaded). Plain JavaScript: the loader's thread loads it before any TypeScript hook.
import { collectWhenIdle } from "@whosaid/db/idle-collect";

export function initialize() {
  collectWhenIdle();
}
