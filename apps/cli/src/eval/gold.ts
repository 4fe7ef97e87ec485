import { readFileSync } from "node:fs";
import type { QuoteKind } from "@whosaid/parser";

/** A gold quote, as in ../shared/corpora/README.md (PolNeAR) or the seed's .gold.jsonl. */
export interface GoldQuote {
  kind: QuoteKind;
  /** Character ranges of the content: `spans` when discontinuous, else [start, end]. */
  ranges: [number, number][];
  text: string;
  /** The speaker as written ("he", "Senate leader Mitch McConnell", "a senior official"), or null. */
  speaker: string | null;
  /** Seed gold: the person's canonical name, or null for an unnamed source; absent in PolNeAR. */
  speakerRef?: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerIsPronoun: boolean;
  /** False for PolNeAR attributions whose cue is not a verb of speech; true when not given. */
  speechCue: boolean;
  optional: boolean;
}

export interface GoldArticle {
  id: string;
  text: string;
  date: string | null;
  quotes: GoldQuote[];
}

/** Reads a gold JSONL file: one article per line with `text` and `quotes`. */
export function readGold(path: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${n + 1}: not JSON`);
    }
    if (typeof raw.text !== "string" || !Array.isArray(raw.quotes)) {
      throw new Error(`${path}:${n + 1}: a gold line needs "text" and "quotes"`);
    }
    const id = typeof raw.id === "string" ? raw.id : `line ${n + 1}`;
    const date = typeof raw.date === "string" ? raw.date : null;
    out.push({
      id,
      text: raw.text,
      date,
      quotes: (raw.quotes as Record<string, unknown>[]).map(toQuote),
    });
  });
  return out;
}

function toQuote(q: Record<string, unknown>): GoldQuote {
  const start = q.start as number;
  const end = q.end as number;
  const spans =
    Array.isArray(q.spans) && q.spans.length
      ? (q.spans as [number, number][])
      : [[start, end] as [number, number]];
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  return {
    kind: q.kind as GoldQuote["kind"],
    ranges: spans.map(([s, e]) => [s, e]),
    text: String(q.text ?? ""),
    speaker: str(q.speaker),
    speakerRef: "speakerRef" in q ? str(q.speakerRef) : undefined,
    speakerStart: num(q.speakerStart),
    speakerEnd: num(q.speakerEnd),
    speakerIsPronoun: q.speakerIsPronoun === true,
    speechCue: q.speechCue !== false,
    optional: q.optional === true,
  };
}
