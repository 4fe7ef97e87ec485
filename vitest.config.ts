import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "./vitest.shared.ts";

export default defineConfig({
  test: {
    projects: [
      "packages/*",
      "apps/*",
      // The repository's own scripts (pnpm start's plan).
      mergeConfig(sharedTestConfig, {
        test: { name: "scripts", include: ["scripts/**/*.test.ts"] },
      }),
    ],
  },
});
