/**
 * Whether memory stays flat after warm-up, from RSS samples taken at a steady interval. Garbage
 * collection makes RSS a sawtooth, so single samples mislead: compare the mean of the first and
 * last windows after warm-up, and fit a line through every sample after warm-up.
 */
export interface MemoryTrend {
  "RSS MB at warm-up": number;
  "RSS MB at end": number;
  "RSS MB peak": number;
  "RSS slope MB/min": number;
  /** "yes" when the end window is within `tolerance` of the warm-up window. */
  "memory flat": "yes" | "no";
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Least-squares slope of `ys` against their index. */
function slope(ys: number[]): number {
  const xm = (ys.length - 1) / 2;
  const ym = mean(ys);
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - xm) * (y - ym);
    den += (x - xm) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

/**
 * `samples` are MB at every `intervalS` seconds from the start of the load; the first
 * `warmUpShare` of them are warm-up. Windows are `windowS` seconds long.
 */
export function memoryTrend(
  samples: number[],
  intervalS: number,
  { warmUpShare = 1 / 3, windowS = 10, tolerance = 0.1 } = {},
): MemoryTrend {
  const steady = samples.slice(Math.floor(samples.length * warmUpShare));
  if (steady.length < 2) throw new Error("memoryTrend: too few samples after warm-up");
  const width = Math.max(
    1,
    Math.min(Math.round(windowS / intervalS), Math.floor(steady.length / 2)),
  );
  const start = mean(steady.slice(0, width));
  const end = mean(steady.slice(-width));
  return {
    "RSS MB at warm-up": Math.round(start),
    "RSS MB at end": Math.round(end),
    "RSS MB peak": Math.round(Math.max(...samples)),
    "RSS slope MB/min": Math.round(slope(steady) * (60 / intervalS) * 10) / 10,
    "memory flat": Math.abs(end - start) <= tolerance * start ? "yes" : "no",
  };
}
