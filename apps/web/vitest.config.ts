import { defineProject, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

export default mergeConfig(
  sharedTestConfig,
  defineProject({
    test: {
      name: "@whosaid/web",
      include: [
        "lib/**/*.test.ts",
        "components/**/*.test.ts",
        "scripts/**/*.test.ts",
        "e2e/**/*.test.ts",
      ],
      // The browser suite builds the app and starts the API and Next.js once.
      testTimeout: 120_000,
      hookTimeout: 600_000,
    },
  }),
);
