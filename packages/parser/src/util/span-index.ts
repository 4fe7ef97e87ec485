/** A text range: start inclusive, end exclusive. */
interface Range {
  start: number;
  end: number;
}

/**
 * Ranges sorted by start, for asking which of them overlap a span in logarithmic time rather
 * than by a scan of all of them (a scan per lookup made long articles quadratic).
 */
export class SpanIndex<T> {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The largest end among the ranges up to each position: no earlier range reaches further. */
  private readonly reach: number[] = [];
  private readonly values: T[] = [];

  constructor(entries: Iterable<{ range: Range; value: T }>) {
    const sorted = [...entries].sort((a, b) => a.range.start - b.range.start);
    let reach = Number.NEGATIVE_INFINITY;
    for (const { range, value } of sorted) {
      reach = Math.max(reach, range.end);
      this.starts.push(range.start);
      this.ends.push(range.end);
      this.reach.push(reach);
      this.values.push(value);
    }
  }

  /** The values whose ranges overlap `span` (start < span.end and span.start < end). */
  overlapping(span: Range): T[] {
    const out: T[] = [];
    for (let i = this.lastStartBefore(span.end); i >= 0 && this.reach[i] > span.start; i--)
      if (this.ends[i] > span.start) out.push(this.values[i]);
    return out;
  }

  /** Whether any range overlaps `span`. */
  overlaps(span: Range): boolean {
    const i = this.lastStartBefore(span.end);
    return i >= 0 && this.reach[i] > span.start;
  }

  /** The last position whose range starts before `at` (-1 when none does). */
  private lastStartBefore(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
