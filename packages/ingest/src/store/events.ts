/** What happened to one article of a run. */
export type IngestEvent =
  | {
      ref: string;
      status: "created";
      id: string;
      title: string | null;
      people: number;
      quotes: number;
    }
  | { ref: string; status: "existing"; id: string; title: string | null }
  | { ref: string; status: "error"; reason: string };

/** Totals of a run. */
export interface IngestSummary {
  total: number;
  created: number;
  existing: number;
  /** Articles parsed (those found stored by their content hash are not). */
  parsed: number;
  errors: { ref: string; reason: string }[];
  people: number;
  quotes: number;
  seconds: number;
  /** What the database holds after the run (not in --api mode). */
  totals?: { articles: number; people: number; quotes: number };
  /** Set when the database failed for good: the run stopped early, and a re-run completes it. */
  fatal: string | null;
  /** Requests sent again (--api mode): after RATE_LIMITED, and after passing failures. */
  retried?: { rateLimited: number; unavailable: number };
}

/** A summary with nothing counted yet, for a run of `total` articles. */
export function newSummary(total: number): IngestSummary {
  return {
    total,
    created: 0,
    existing: 0,
    parsed: 0,
    errors: [],
    people: 0,
    quotes: 0,
    seconds: 0,
    fatal: null,
  };
}

/** Counts an event into a summary. */
export function countEvent(summary: IngestSummary, event: IngestEvent): void {
  if (event.status === "created") {
    summary.created++;
    summary.people += event.people;
    summary.quotes += event.quotes;
  } else if (event.status === "existing") summary.existing++;
  else summary.errors.push({ ref: event.ref, reason: event.reason });
}
