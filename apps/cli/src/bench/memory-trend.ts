/**
 * Whether memory stays flat under a steady load, from samples taken at a steady interval (RSS, or
 * the live heap the API reports at /health). Garbage collection makes RSS a sawtooth whose period can be a minute or more, so single samples
 * and short windows mislead. A leak shows as growth: the last third of the run averaging higher
 * than the first third, and new highs above everything before. Falling memory is not a leak.
 */
/** Figures named after what was sampled, e.g. "RSS MB peak", "live heap flat". */
export type MemoryTrend = Record<string, number | "yes" | "no">;

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
 * `samples` are MB every `intervalS` seconds of a load that has already warmed up (skip a share of
 * them with `warmUpShare`). `label` names the figures ("RSS": "RSS MB peak", "RSS flat"); the
 * verdict is "yes" when neither the mean nor the peak of the last third grew by over `tolerance`.
 */
export function memoryTrend(
  samples: number[],
  intervalS: number,
  { warmUpShare = 0, tolerance = 0.1, label = "RSS" } = {},
): MemoryTrend {
  const steady = samples.slice(Math.floor(samples.length * warmUpShare));
  if (steady.length < 3) throw new Error("memoryTrend: too few samples after warm-up");
  const third = Math.floor(steady.length / 3);
  const first = steady.slice(0, third);
  const before = steady.slice(0, steady.length - third);
  const last = steady.slice(-third);
  const meanGrew = mean(last) > (1 + tolerance) * mean(first);
  const peakGrew = Math.max(...last) > (1 + tolerance) * Math.max(...before);
  return {
    [`${label} MB first third`]: Math.round(mean(first)),
    [`${label} MB last third`]: Math.round(mean(last)),
    [`${label} MB peak`]: Math.round(Math.max(...steady)),
    [`${label} slope MB/min`]: Math.round(slope(steady) * (60 / intervalS) * 10) / 10,
    [`${label} flat`]: meanGrew || peakGrew ? "no" : "yes",
  };
}
