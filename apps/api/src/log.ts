/**
 * The API's logger: one bounded line per message, whatever the error carries. A driver's error
 * can hold the statement's parameters (a 4 MB search), so values are cut before they are written.
 */
import { inspect } from "node:util";

/** Longest logged line, in characters. */
export const MAX_LOG_LINE = 2_000;
const MAX_STRING = 300;
const STACK_LINES = 8;

/** Cuts `text` to `max` characters, saying how much was left out. */
function truncate(text: string, max: number): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    const stack = (value.stack ?? "")
      .split("\n")
      .slice(1, STACK_LINES + 1)
      .join("\n");
    const cause = value.cause === undefined ? "" : `\n  caused by ${describe(value.cause)}`;
    return `${value.name}${code ? ` [${String(code)}]` : ""}: ${truncate(value.message, MAX_STRING)}${stack ? `\n${stack}` : ""}${cause}`;
  }
  if (typeof value === "string") return truncate(value, MAX_STRING * 3);
  return inspect(value, {
    depth: 2,
    maxStringLength: MAX_STRING,
    maxArrayLength: 20,
    breakLength: 160,
  });
}

/** Formats log arguments into one bounded message. */
export function formatLog(args: unknown[]): string {
  return truncate(args.map(describe).join(" "), MAX_LOG_LINE);
}

/** A yoga logger writing bounded lines to the console; debug only with DEBUG set. */
export const boundedLogger = {
  debug: (...args: unknown[]) => {
    if (process.env.DEBUG) console.debug(`[whosaid/api] ${formatLog(args)}`);
  },
  info: (...args: unknown[]) => console.info(`[whosaid/api] ${formatLog(args)}`),
  warn: (...args: unknown[]) => console.warn(`[whosaid/api] ${formatLog(args)}`),
  error: (...args: unknown[]) => console.error(`[whosaid/api] ${formatLog(args)}`),
};
