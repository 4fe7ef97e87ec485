/** Half-open character ranges [start, end), sorted and disjoint after `normalize`. */
export type Range = [number, number];

// Quotation marks, spaces and punctuation that are trimmed from both edges of every span.
const EDGE = /[\s"'“”‘’«»„‚‹›.,;:!?…\-–—()[\]]/u;

/** Trims quotation marks, spaces and edge punctuation from a range of `text`. */
export function trimRange(text: string, [start, end]: Range): Range {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  return [s, e];
}

/** Sorts and merges ranges; empty ones are dropped. */
export function normalize(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Total length of normalized ranges. */
export function length(ranges: Range[]): number {
  let n = 0;
  for (const [s, e] of ranges) n += e - s;
  return n;
}

/** Characters of `a` that `b` covers (both normalized). */
export function overlap(a: Range[], b: Range[]): number {
  let n = 0;
  let j = 0;
  for (const [s, e] of a) {
    while (j < b.length && b[j][1] <= s) j++;
    for (let k = j; k < b.length && b[k][0] < e; k++)
      n += Math.max(0, Math.min(e, b[k][1]) - Math.max(s, b[k][0]));
  }
  return n;
}
