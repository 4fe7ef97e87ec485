import { defineConfig } from "vitest/config";

/** Settings every package's vitest project shares. */
export const sharedTestConfig = defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
