/**
 * Whether `.next` was built from the web app's current sources: `pnpm start` reuses a production
 * build only when the hash of the sources it was built from (kept beside it after a build) equals
 * the hash of the sources now. A `.next/BUILD_ID` alone says a build exists, not that it is current.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const STAMP = "whosaid-sources.sha256";

// What never changes the built app: dependencies (the lockfile stands for them), build output,
// generated type stubs and tests.
const skipped = (name, isDirectory) =>
  name.startsWith(".") ||
  (isDirectory && ["node_modules", "e2e", "scripts"].includes(name)) ||
  (!isDirectory &&
    (/\.test\.tsx?$/.test(name) || name.endsWith(".tsbuildinfo") || name === "next-env.d.ts"));

function sourceFiles(dir, files = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped(entry.name, entry.isDirectory())) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, files);
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/**
 * The hash of what a build of the web app at `webDir` depends on: its source files (names and
 * contents) and the workspace lockfile `lockfile` (the dependencies' versions).
 */
export function webSourcesHash(webDir, lockfile) {
  const hash = createHash("sha256");
  const files = sourceFiles(webDir)
    .map((path) => relative(webDir, path).split(sep).join("/"))
    .sort();
  for (const name of files)
    hash
      .update(`${name}\0`)
      .update(readFileSync(join(webDir, name)))
      .update("\0");
  hash.update("lockfile\0");
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest("hex");
}

/** True when `distDir` holds a complete build made from sources hashing to `hash`. */
export function isBuildCurrent(distDir, hash) {
  const stamp = join(distDir, STAMP);
  return (
    existsSync(join(distDir, "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8").trim() === hash
  );
}

/** Records, after a successful build into `distDir`, the hash of the sources it was made from. */
export function writeBuildStamp(distDir, hash) {
  writeFileSync(join(distDir, STAMP), `${hash}\n`);
}
