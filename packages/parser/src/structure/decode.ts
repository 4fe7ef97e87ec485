import { ParseError } from "../types.ts";

/**
 * Decodes file bytes as UTF-8 for {@link parseArticle}. Bytes with NUL in them are decoded
 * leniently so that the parser reports them as BINARY_INPUT; any other invalid UTF-8 is an
 * INVALID_INPUT error naming the offset of the first bad byte (rather than text with U+FFFD
 * silently in place of, say, Latin-1 accents).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.indexOf(0) >= 0) return new TextDecoder("utf-8").decode(bytes);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    throw new ParseError(
      "INVALID_INPUT",
      `The input is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, "0")} at offset ${bad}); convert it first, e.g. iconv -f latin1 -t utf-8.`,
    );
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}
