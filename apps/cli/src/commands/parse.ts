import { createInterface } from "node:readline";
import { type InputFormat, parseArticle } from "@whosaid/parser";
import { parseJsonLine } from "../parse/batch-line.ts";
import { describe, openStream, readStdin, readText, resolveUserPath } from "../parse/input.ts";

export const summary = "Parse an article (text or HTML) and print it as JSON; --jsonl for a batch.";

const HELP = `Usage: pnpm whosaid parse FILE|- [--format text|html] [--compact] [--max-bytes N]
       pnpm whosaid parse --jsonl FILE|- [--max-bytes N]

Prints one ParsedArticle as JSON (schema: packages/parser/README.md). The format is sniffed
unless --format says it (or the file is named .html). "-" reads standard input.

--jsonl reads one JSON object per line, {"id", "text" | "html", "format"?, "url"?, "source"?,
"publishedAt"?}, and prints one line per input line, in order: {"id", ...ParsedArticle}, or
{"id", "error": {"code", "message"}} for a line that cannot be parsed (the batch goes on).

Exit codes: 0 parsed; 1 the input (or a line of the batch) could not be parsed or read;
2 wrong usage.`;

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
      args.file === "-"
        ? await readStdin(args.maxBytes)
        : readText(resolveUserPath(args.file), args.maxBytes);
  } catch (error) {
    console.error(`whosaid parse: ${name}: ${describe(error)}`);
    return 1;
  }
  try {
    // A file named .html is HTML even when it opens with text; otherwise the parser sniffs.
    const format = args.format ?? (/\.x?html?$/i.test(args.file) ? "html" : undefined);
    const parsed = parseArticle(input, { format, maxBytes: args.maxBytes });
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
    const result = parseJsonLine(line, lineNo, args.maxBytes);
    if ("error" in result) failed++;
    else ok++;
    if (!process.stdout.write(`${JSON.stringify(result)}\n`)) {
      await new Promise((done) => process.stdout.once("drain", done));
    }
  }
  console.error(`whosaid parse: ${ok} parsed, ${failed} failed.`);
  return failed ? 1 : 0;
}
