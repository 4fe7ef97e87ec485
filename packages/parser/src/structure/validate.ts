import { ParseError } from "../types.ts";
import { isSpace } from "./text.ts";

/** Default largest input, in bytes of UTF-8. */
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** How many leading characters are inspected for binary content. */
const SAMPLE = 65_536;

/**
 * Checks that the input is a non-empty, text-like string within the size limit and returns it
 * without a leading byte-order mark and with lone surrogates replaced by U+FFFD. Throws {@link ParseError} otherwise.
 */
export function validateInput(input: unknown, maxBytes = DEFAULT_MAX_BYTES): string {
  if (typeof input !== "string") {
    throw new ParseError("INVALID_INPUT", `The input must be a string, not ${describe(input)}.`);
  }
  // Every character takes at least one byte and at most three (pairs take four for two).
  const bytes = input.length * 3 <= maxBytes ? input.length : utf8Length(input);
  if (bytes > maxBytes) {
    throw new ParseError(
      "TOO_LARGE",
      `The input is ${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)} (raise it with the maxBytes option).`,
    );
  }
  const text = wellFormed(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  if (text.indexOf("\u0000") >= 0) {
    throw new ParseError(
      "BINARY_INPUT",
      "The input contains NUL bytes: it looks like binary data, not text.",
    );
  }
  let nonSpace = 0;
  let suspicious = 0;
  const limit = Math.min(text.length, SAMPLE);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    nonSpace++;
    // C0/C1 controls (tabs and breaks are spaces above) and U+FFFD from undecodable bytes.
    if (c < 32 || (c >= 0x7f && c < 0xa0) || c === 0xfffd) suspicious++;
  }
  if (nonSpace === 0 && onlySpaces(text, limit)) {
    throw new ParseError("EMPTY_INPUT", "The input is empty or only whitespace.");
  }
  if (suspicious > Math.max(2, nonSpace * 0.1)) {
    throw new ParseError(
      "BINARY_INPUT",
      "The input is mostly control characters or undecodable bytes: it looks like binary data or text that is not UTF-8.",
    );
  }
  return text;
}

/**
 * Replaces lone surrogates (half of a UTF-16 pair, as a broken JSON escape or a cut string
 * leaves) with U+FFFD, as a UTF-8 encoder would: a lone surrogate cannot be stored as JSON or
 * text, and every later stage (and the content hash) must see the same characters. Same length.
 */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE_ALL, "\ufffd") : text;
}
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATE_ALL = /[\uD800-\uDFFF]/gu;

function onlySpaces(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** UTF-8 byte length; a huge input is only bounded below by its length, not counted. */
function utf8Length(s: string): number {
  if (s.length > 64 * 1024 * 1024) return s.length;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
