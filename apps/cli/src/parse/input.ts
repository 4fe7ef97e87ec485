import { createReadStream, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { decodeText, ParseError } from "@whosaid/parser";
import { cliEnv } from "../env.ts";

/** Resolves a path as the user typed it: against the directory pnpm was started from. */
export function resolveUserPath(path: string): string {
  return resolve(cliEnv().cwd, path);
}

const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

function tooLarge(size: string, maxBytes: number): ParseError {
  return new ParseError(
    "TOO_LARGE",
    `The input is ${size}; the limit is ${mb(maxBytes)} (raise it with --max-bytes).`,
  );
}

/** Reads a file as UTF-8, refusing a file over the limit without reading it. */
export function readText(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
  const stat = statSync(path);
  if (stat.isDirectory()) throw new Error("is a folder, not a file.");
  if (stat.size > maxBytes) throw tooLarge(mb(stat.size), maxBytes);
  return decodeText(readFileSync(path));
}

/** Opens a file for streaming, refusing a folder with a clear message. */
export function openStream(path: string): NodeJS.ReadableStream {
  if (statSync(path).isDirectory()) throw new Error("is a folder, not a file.");
  return createReadStream(path, { encoding: "utf8" });
}

/** Reads standard input as UTF-8, stopping as soon as it passes the limit. */
export async function readStdin(maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge(`more than ${mb(maxBytes)}`, maxBytes);
    chunks.push(chunk as Buffer);
  }
  return decodeText(Buffer.concat(chunks));
}

/** One line for people: a ParseError with its code, a file-system error in words. */
export function describe(error: unknown): string {
  if (error instanceof ParseError) return `${error.code}: ${error.message}`;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file.";
  if (e?.code === "EACCES") return "permission denied.";
  return e instanceof Error ? e.message : String(error);
}
