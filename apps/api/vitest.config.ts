import { createRequire } from "node:module";
import { defineProject, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// graphql 16 has no "exports" map: Node loads its CommonJS build for Pothos and yoga, while Vite
// would pick the ES build for our files. One instance is required, so point ours at the same file.
const graphqlCjs = createRequire(import.meta.url).resolve("graphql");

export default mergeConfig(
  sharedTestConfig,
  defineProject({ resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] }, test: {} }),
);
