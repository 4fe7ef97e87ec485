import { createReadStream, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import {
  decodeText,
  type InputFormat,
  ParseError,
  type ParseOptions,
  parseArticle,
} from "@whosaid/parser";

export const summary = "Parse an article (text or HTML) and print it as JSON; --jsonl for a batch.";

const HELP = `Usage: pnpm whosaid parse FILE|- [--format text|html] [--compact] [--max-bytes N]
       pnpm whosaid parse --jsonl FILE|- [--max-bytes N]

Prints one ParsedArticle as JSON (schema: packages/parser/README.md). The format is sniffed
unless --format says it. "-" reads standard input.

--jsonl reads one JSON object per line, {"id", "text" | "html", "format"?, "url"?, "source"?,
"publishedAt"?}, and prints one line per input line, in order: {"id", ...ParsedArticle}, or
{"id", "error": {"code", "message"}} for a line that cannot be parsed (the batch goes on).

Exit codes: 0 parsed; 1 the input (or a line of the batch) could not be parsed or read;
2 wrong usage.`;

/** Resolves a path as the user typed it: against the directory pnpm was started from. */
export function resolveUserPath(path: string): string {
  return resolve(process.env.INIT_CWD || process.cwd(), path);
}

interface Args {
  file: string;
  jsonl: boolean;
  compact: boolean;
  format?: InputFormat;
  maxBytes?: number;
}

export async function run(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error === HELP) {
      console.log(HELP);
      return 0;
    }
    console.error(`whosaid parse: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  return args.jsonl ? runBatch(args) : runOne(args);
}

function parseArgs(argv: string[]): Args {
  const out: Partial<Args> = { jsonl: false, compact: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") throw HELP;
    else if (arg === "--jsonl") out.jsonl = true;
    else if (arg === "--compact") out.compact = true;
    else if (arg === "--format") {
      const value = argv[++i];
      if (value !== "text" && value !== "html")
        throw new Error(`--format must be "text" or "html", not ${JSON.stringify(value ?? "")}.`);
      out.format = value;
    } else if (arg === "--max-bytes") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0)
        throw new Error("--max-bytes needs a positive whole number of bytes.");
      out.maxBytes = value;
    } else if (arg.startsWith("-") && arg !== "-") throw new Error(`unknown option ${arg}.`);
    else if (out.file !== undefined)
      throw new Error(`one input only (got ${out.file} and ${arg}).`);
    else out.file = arg;
  }
  if (out.file === undefined) throw new Error("which file? Give a path, or - for standard input.");
  if (out.jsonl && out.format)
    throw new Error("--format applies to one article; in --jsonl give each line a format.");
  return out as Args;
}

async function runOne(args: Args): Promise<number> {
  const name = args.file === "-" ? "<stdin>" : args.file;
  let input: string;
  try {
    input =
      args.file === "-" ? await readStdin() : readText(resolveUserPath(args.file), args.maxBytes);
  } catch (error) {
    console.error(`whosaid parse: ${name}: ${describe(error)}`);
    return 1;
  }
  try {
    const parsed = parseArticle(input, { format: args.format, maxBytes: args.maxBytes });
    process.stdout.write(`${JSON.stringify(parsed, null, args.compact ? undefined : 2)}\n`);
    return 0;
  } catch (error) {
    console.error(`whosaid parse: ${name}: ${describe(error)}`);
    return 1;
  }
}

async function runBatch(args: Args): Promise<number> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = args.file === "-" ? process.stdin : openStream(resolveUserPath(args.file));
  } catch (error) {
    console.error(`whosaid parse: ${args.file}: ${describe(error)}`);
    return 1;
  }
  let ok = 0;
  let failed = 0;
  let lineNo = 0;
  for await (const line of createInterface({
    input: stream,
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    lineNo++;
    if (!line.trim()) continue;
    const result = parseLine(line, lineNo, args.maxBytes);
    if ("error" in result) failed++;
    else ok++;
    if (!process.stdout.write(`${JSON.stringify(result)}\n`)) {
      await new Promise((done) => process.stdout.once("drain", done));
    }
  }
  console.error(`whosaid parse: ${ok} parsed, ${failed} failed.`);
  return failed ? 1 : 0;
}

function parseLine(line: string, lineNo: number, maxBytes?: number): Record<string, unknown> {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line);
    if (!record || typeof record !== "object" || Array.isArray(record))
      throw new Error("not a JSON object");
  } catch (error) {
    return {
      id: null,
      line: lineNo,
      error: { code: "INVALID_JSON", message: `line ${lineNo}: ${(error as Error).message}` },
    };
  }
  const id = record.id ?? null;
  try {
    const html = typeof record.html === "string" && typeof record.text !== "string";
    const input = html ? record.html : record.text;
    if (typeof input !== "string")
      throw new ParseError("INVALID_INPUT", `line ${lineNo}: needs a "text" or "html" string.`);
    const format =
      record.format === "html" || record.format === "text"
        ? record.format
        : html
          ? "html"
          : undefined;
    const options: ParseOptions = {
      format,
      maxBytes,
      url: str(record.url),
      source: str(record.source),
      publishedAt: str(record.publishedAt),
    };
    return { id, ...parseArticle(input, options) };
  } catch (error) {
    const code = error instanceof ParseError ? error.code : "INTERNAL_ERROR";
    return { id, error: { code, message: (error as Error).message ?? String(error) } };
  }
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v : null;
}

/** Reads a file as UTF-8, refusing early (without reading it all) when it is far too large. */
function readText(path: string, maxBytes = 2 * 1024 * 1024): string {
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

function openStream(path: string): NodeJS.ReadableStream {
  if (statSync(path).isDirectory()) throw new Error("is a folder, not a file.");
  return createReadStream(path, { encoding: "utf8" });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks));
}

function describe(error: unknown): string {
  if (error instanceof ParseError) return `${error.code}: ${error.message}`;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file.";
  if (e?.code === "EACCES") return "permission denied.";
  return e instanceof Error ? e.message : String(error);
}
