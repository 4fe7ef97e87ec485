import { describe, expect, it } from "vitest";
import { execArgvWithoutTsx } from "./exec-argv.ts";

describe("execArgvWithoutTsx", () => {
  it("drops `--import tsx` and what the tsx command adds, keeps the rest", () => {
    expect(execArgvWithoutTsx(["--import", "tsx", "--max-old-space-size=4096"])).toEqual([
      "--max-old-space-size=4096",
    ]);
    expect(
      execArgvWithoutTsx([
        "--require",
        "/repo/node_modules/.pnpm/tsx@4.23.15/node_modules/tsx/dist/preflight.cjs",
        "--import",
        "file:///repo/node_modules/.pnpm/tsx@4.23.15/node_modules/tsx/dist/loader.mjs",
        "--inspect",
      ]),
    ).toEqual(["--inspect"]);
    expect(execArgvWithoutTsx(["--import=tsx", "--loader=tsx/esm", "-r", "./other.cjs"])).toEqual([
      "-r",
      "./other.cjs",
    ]);
  });

  it("keeps imports of modules that only have tsx in a longer name", () => {
    expect(execArgvWithoutTsx(["--import", "./my-tsx-free.mjs"])).toEqual([
      "--import",
      "./my-tsx-free.mjs",
    ]);
  });
});
