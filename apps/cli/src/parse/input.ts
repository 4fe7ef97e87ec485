import { createReadStream, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { decodeText, ParseError } from "@whosaid/parser";

/** Resolves a path as the user typed it: against the directory pnpm was started from. */
export function resolveUserPath(path: string): string {
  return resolve(process.env.INIT_CWD || process.cwd(), path);
}

/** Reads a file as UTF-8, refusing early (without reading it all) when it is far too large. */
export function readText(path: string, maxBytes = 2 * 1024 * 1024): string {
  const stat = statSync(path);
  if (stat.isDirectory()) throw new Error("is a folder, not a file.");
  if (stat.size > maxBytes) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    throw new ParseError(
      "TOO_LARGE",
      `The input is ${mb(stat.size)}; the limit is ${mb(maxBytes)} (raise it with --max-bytes).`,
    );
  }
  return decodeText(readFileSync(path));
}

/** Opens a file for streaming, refusing a folder with a clear message. */
export function openStream(path: string): NodeJS.ReadableStream {
  if (statSync(path).isDirectory()) throw new Error("is a folder, not a file.");
  return createReadStream(path, { encoding: "utf8" });
}

/** Reads all of standard input as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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
