/**
 * The web package's own `dev` and `start` (README: `pnpm --filter @whosaid/web start`) listen on
 * 127.0.0.1 unless HOST says otherwise, as `pnpm start` does (issue 13, finding 8): Next.js alone
 * listens on every interface. Each script runs in the shell pnpm uses, with `next` echoing its
 * arguments.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const scripts: Record<string, string> = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).scripts;

function argsOf(script: string, env: Record<string, string>): string {
  const { PATH } = process.env;
  const run = spawnSync("sh", ["-c", `next() { echo "$@"; }; ${script}`], {
    env: { PATH, NODE_ENV: "test", ...env },
    encoding: "utf8",
  });
  return run.stdout.trim();
}

describe("the web package's servers", () => {
  it.each(["dev", "start"])("%s listens on 127.0.0.1 unless HOST says otherwise", (name) => {
    expect(argsOf(scripts[name], {})).toMatch(/ -H 127\.0\.0\.1$/);
    expect(argsOf(scripts[name], { HOST: "" })).toMatch(/ -H 127\.0\.0\.1$/);
    expect(argsOf(scripts[name], { HOST: "0.0.0.0" })).toMatch(/ -H 0\.0\.0\.0$/);
  });
});
