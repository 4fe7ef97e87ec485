import type { IngestEvent, IngestSummary } from "@whosaid/ingest";
import cliProgress from "cli-progress";

/**
 * Shows how an ingest goes: a bar with rate and ETA on a terminal, plain lines otherwise. All of
 * it goes to stderr, so that stdout holds only the summary (pure JSON with --json).
 */
export interface Reporter {
  onEvent(event: IngestEvent, summary: IngestSummary): void;
  stop(): void;
}

function line(event: IngestEvent): string {
  if (event.status === "error") return `error  ${event.ref}: ${event.reason}`;
  const what = event.status === "created" ? "new   " : "have  ";
  const counts =
    event.status === "created" ? ` [${event.people} people, ${event.quotes} quotes]` : "";
  return `${what} ${event.title ?? "(untitled)"}${counts}  ← ${event.ref}`;
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** Picks the reporter: one line per article for small runs (or `verbose`), else a bar or periodic lines. */
export function createReporter(
  total: number,
  options: { tty: boolean; verbose: boolean },
): Reporter {
  const started = performance.now();
  if (options.verbose || total <= 50) {
    return { onEvent: (event) => console.error(line(event)), stop() {} };
  }
  if (options.tty) {
    const bar = new cliProgress.SingleBar(
      {
        format:
          "{bar} {percentage}% | {value}/{total} | {rate} articles/s | ETA {eta_formatted} | new {created} · have {existing} · errors {errors}",
        etaBuffer: 200,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: "0", created: 0, existing: 0, errors: 0 });
    return {
      onEvent(_event, s) {
        const done = s.created + s.existing + s.errors.length;
        const rate = done / ((performance.now() - started) / 1000);
        bar.update(done, {
          rate: rate.toFixed(1),
          created: s.created,
          existing: s.existing,
          errors: s.errors.length,
        });
      },
      stop: () => bar.stop(),
    };
  }
  let lastPrint = started;
  let scheduled = false;
  const print = (s: IngestSummary) => {
    scheduled = false;
    const done = s.created + s.existing + s.errors.length;
    const now = performance.now();
    if (now - lastPrint < 5000 && done < total) return;
    lastPrint = now;
    const rate = done / ((now - started) / 1000);
    console.error(
      `${done}/${total} (${Math.round((100 * done) / total)}%) ${rate.toFixed(1)} articles/s, ETA ${formatEta((total - done) / rate)}; new ${s.created}, have ${s.existing}, errors ${s.errors.length}`,
    );
  };
  return {
    // Results arrive a batch at a time: print once the whole batch is counted.
    onEvent(_event, s) {
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => print(s));
    },
    stop() {},
  };
}
