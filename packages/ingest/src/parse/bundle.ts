/**
 * The parser thread's code as one prebuilt JavaScript file, so that a thread loads neither tsx
 * nor the TypeScript it would compile (about 50 MB per thread, and seconds of start-up). The
 * bundle is rebuilt whenever any file it was made from changes: its manifest keeps the hash of
 * every input, checked before each use, so a stale parser never runs.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const ENTRY = fileURLToPath(new URL("./worker.ts", import.meta.url));
const PACKAGE = fileURLToPath(new URL("../..", import.meta.url));
const DIR = fileURLToPath(new URL("../../.cache/parser-worker/", import.meta.url));
const MANIFEST = join(DIR, "manifest.json");

interface Manifest {
  /** The bundle's file name in DIR. */
  bundle: string;
  /** Absolute paths of every file the bundle was built from. */
  inputs: string[];
  /** Hash of those files' contents. */
  hash: string;
}

function hashOf(paths: string[]): string | null {
  const hash = createHash("sha256");
  for (const path of paths) {
    if (!existsSync(path)) return null;
    hash.update(path).update("\0").update(readFileSync(path)).update("\0");
  }
  return hash.digest("hex");
}

/** The bundle's URL when it exists and was built from the files as they are now, else null. */
export function currentWorkerBundle(): string | null {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
    const bundle = join(DIR, manifest.bundle);
    if (!existsSync(bundle) || hashOf(manifest.inputs) !== manifest.hash) return null;
    return pathToFileURL(bundle).href;
  } catch {
    return null;
  }
}

// Modules find their data next to themselves (`createRequire(import.meta.url)`, `new URL(…,
// import.meta.url)`): in the bundle, each keeps its own file's URL rather than the bundle's.
const ownUrls: Plugin = {
  name: "own-import-meta-url",
  setup(b) {
    // JSON (the language model's, the word lists) is read by Node at run time and parsed with
    // JSON.parse: inlined as object literals, V8 would parse megabytes of JavaScript and keep
    // their source text in every thread.
    b.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: `module.exports = __whosaidRequire(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      return {
        contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
        loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * The bundle with every character beyond ASCII written as a `\u` escape. V8 keeps a script's
 * source for as long as its functions live, and a source holding one non-ASCII character (a few
 * regular expressions here have « » or 广告) is stored at two bytes a character: 3.2 MB of every
 * parser thread's heap instead of 1.6. An escape means the same character in a string, a template,
 * a regular expression or an identifier; in a comment it does not matter.
 */
export function asciiOnly(text: string): string {
  // An escaped character (`\«`, an identity escape) loses its backslash: `\u00ab` says it all.
  return text.replace(/(\\*)([^\0-\x7f])/g, (_, slashes: string, c: string) => {
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/**
 * Builds the bundle (with esbuild) and its manifest, and returns its URL. Written under a name of
 * its own and swapped in by rename, so that processes building at once never see half a file.
 */
export async function buildWorkerBundle(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    metafile: true,
    plugins: [ownUrls],
    absWorkingDir: PACKAGE,
    logLevel: "silent",
    // V8 keeps the source of every function for good: without indentation and comments it is
    // ~40% smaller. Names stay (no identifier minifying), so stack traces and messages read the same.
    minifyWhitespace: true,
    // CommonJS dependencies (wink-nlp) call `require` for Node's own modules.
    banner: {
      js: 'import { createRequire as __whosaidCreateRequire } from "node:module"; const require = __whosaidCreateRequire(import.meta.url); const __whosaidRequire = require;',
    },
  });
  const built = result.outputFiles[0]?.text;
  if (!built) throw new Error("esbuild produced no parser bundle");
  const text = asciiOnly(built);
  // A JSON file imported with attributes is listed as "file.json with { type: 'json' }".
  const files = Object.keys(result.metafile.inputs).map((p) => p.replace(/ with \{.*\}$/, ""));
  // This file too: a change to how the bundle is built (its options) makes it stale as well.
  const inputs = [...new Set(files)]
    .map((p) => join(PACKAGE, p))
    .concat(fileURLToPath(import.meta.url));
  const hash = hashOf(inputs);
  if (!hash) throw new Error("an input of the parser bundle vanished while it was built");
  const name = `worker-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.mjs`;
  mkdirSync(DIR, { recursive: true });
  const unique = `.${process.pid}-${Date.now()}`;
  writeFileSync(join(DIR, name + unique), text);
  renameSync(join(DIR, name + unique), join(DIR, name));
  const manifest: Manifest = { bundle: name, inputs, hash };
  writeFileSync(MANIFEST + unique, JSON.stringify(manifest));
  renameSync(MANIFEST + unique, MANIFEST);
  pruneOldBundles(name);
  return pathToFileURL(join(DIR, name)).href;
}

/** An older bundle may still serve a running pool (a thread replaced after a time-out loads its
 * file again), so only those unused for a day go: one is built per change of the parser. */
function pruneOldBundles(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const file of readdirSync(DIR)) {
    if (file === keep || !file.startsWith("worker-")) continue;
    try {
      if (statSync(join(DIR, file)).mtimeMs < dayAgo) rmSync(join(DIR, file), { force: true });
    } catch {
      // Another process pruned it first.
    }
  }
}

/**
 * The parser thread's entry: the current bundle, built first when missing or stale; the
 * TypeScript entry through tsx (`worker.mjs`) when the bundle cannot be built or
 * `WHOSAID_PARSER_BUNDLE=0` asks for it (to compare, or to rule the bundle out).
 */
export async function parserWorkerEntry(): Promise<string> {
  const tsx = new URL("./worker.mjs", import.meta.url).href;
  if (process.env.WHOSAID_PARSER_BUNDLE === "0") return tsx;
  const current = currentWorkerBundle();
  if (current) return current;
  try {
    return await buildWorkerBundle();
  } catch {
    return tsx;
  }
}
