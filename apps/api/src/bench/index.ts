/** Benchmark helpers the CLI's `api` suites use (not part of the served API). */

export * from "../fuzz/campaign.ts";
export { type ApiProcess, startApiProcess } from "../processes.ts";
export * from "./corpus.ts";
export * from "./load.ts";
export * from "./mixed.ts";
