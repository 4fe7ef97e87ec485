/**
 * Compact tables for the knowledge base: one string or one byte array per table and the offsets
 * of its lines, instead of an array of ~150,000 line strings. A line becomes a string only when a
 * look-up returns it.
 */

/** Offsets of the lines of `text` (code units or bytes): line i is [at[i], at[i + 1] - 1). */
function lineStarts(length: number, isNewline: (i: number) => boolean): Int32Array {
  let count = 1;
  for (let i = 0; i < length; i++) if (isNewline(i)) count++;
  const at = new Int32Array(count + 1);
  let n = 1;
  for (let i = 0; i < length; i++) if (isNewline(i)) at[n++] = i + 1;
  at[count] = length + 1;
  return at;
}

/**
 * Lines sorted as `key\tvalue`, kept as the one string they came in: binary search compares in
 * place. The keys are ASCII, so the string stays one byte per character.
 */
export class SortedLines {
  private readonly at: Int32Array;

  constructor(private readonly text: string) {
    this.at = lineStarts(text.length, (i) => text.charCodeAt(i) === 10);
  }

  /** Every value stored under `key`, in the order of the lines. */
  lookup(key: string): string[] {
    const probe = `${key}\t`;
    const { at, text } = this;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < at.length - 1; i++) {
      const end = at[i + 1] - 1;
      if (at[i] + probe.length > end || !text.startsWith(probe, at[i])) break;
      out.push(text.slice(at[i] + probe.length, end));
    }
    return out;
  }

  /** Line i against `probe` in code-unit order, as `<` on strings compares them. */
  private compare(i: number, probe: string): number {
    const start = this.at[i];
    const length = this.at[i + 1] - 1 - start;
    const n = Math.min(length, probe.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - probe.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - probe.length;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Lines of text with letters of every script, kept as UTF-8 bytes: a JavaScript string holding
 * one such letter takes two bytes for every character, these take one for most.
 */
export class Utf8Lines {
  private readonly bytes: Uint8Array;
  private readonly at: Int32Array;

  constructor(text: string) {
    const bytes = encoder.encode(text);
    this.bytes = bytes;
    this.at = lineStarts(bytes.length, (i) => bytes[i] === 10);
  }

  /** Line i as a string. */
  line(i: number): string {
    return decoder.decode(this.bytes.subarray(this.at[i], this.at[i + 1] - 1));
  }
}
