import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isBuildCurrent, webSourcesHash, writeBuildStamp } from "./build-stamp.mjs";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A web app folder with one page, a lockfile beside it, and a finished build in `.next`. */
function builtApp() {
  root = mkdtempSync(join(tmpdir(), "whosaid-stamp-"));
  const web = join(root, "web");
  mkdirSync(join(web, "app"), { recursive: true });
  mkdirSync(join(web, ".next"));
  writeFileSync(join(web, "app/page.tsx"), "export default () => 'first';\n");
  writeFileSync(join(root, "lock.yaml"), "next: 1.0.0\n");
  writeFileSync(join(web, ".next/BUILD_ID"), "abc\n");
  const hash = () => webSourcesHash(web, join(root, "lock.yaml"));
  writeBuildStamp(join(web, ".next"), hash());
  return { web, dist: join(web, ".next"), hash };
}

describe("build stamp", () => {
  it("keeps a build of the current sources, whatever the build, tests or dependencies hold", () => {
    const { web, dist, hash } = builtApp();
    expect(isBuildCurrent(dist, hash())).toBe(true);
    writeFileSync(join(dist, "trace"), "build output changes nothing");
    writeFileSync(join(web, "app/page.test.ts"), "a new test");
    mkdirSync(join(web, "node_modules"));
    writeFileSync(join(web, "node_modules/x.js"), "a dependency's file");
    expect(isBuildCurrent(dist, hash())).toBe(true);
  });

  it("refuses a build once a source file changes, is added, or the lockfile changes", () => {
    const { web, dist, hash } = builtApp();
    writeFileSync(join(web, "app/page.tsx"), "export default () => 'second';\n");
    expect(isBuildCurrent(dist, hash())).toBe(false);
    writeFileSync(join(web, "app/page.tsx"), "export default () => 'first';\n");
    expect(isBuildCurrent(dist, hash())).toBe(true);
    writeFileSync(join(web, "app/layout.tsx"), "export default () => null;\n");
    expect(isBuildCurrent(dist, hash())).toBe(false);
    rmSync(join(web, "app/layout.tsx"));
    writeFileSync(join(root, "lock.yaml"), "next: 1.0.1\n");
    expect(isBuildCurrent(dist, hash())).toBe(false);
  });

  it("refuses a build with no stamp (made before stamps, or interrupted) and a missing build", () => {
    const { dist, hash } = builtApp();
    rmSync(join(dist, "whosaid-sources.sha256"));
    expect(isBuildCurrent(dist, hash())).toBe(false);
    writeBuildStamp(dist, hash());
    rmSync(join(dist, "BUILD_ID"));
    expect(isBuildCurrent(dist, hash())).toBe(false);
  });
});
