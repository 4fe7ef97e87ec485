import lexicon from "../lexicon/structure-captions.json";
import { squash, trimRange } from "./text.ts";

const AGENCIES = new Set(lexicon.agencies);
const MARKERS = lexicon.creditMarkers;
if (!MARKERS.every((m) => m.endsWith(":"))) throw new Error("credit markers must end in a colon");
const CREDIT_SIDE = /^\p{Lu}[^\d()]{0,60}$/u;
const MAX_CAPTION = 600;

/** A caption found in one line: its text range (offsets into the whole text) and its credit. */
export interface CaptionMatch {
  start: number;
  end: number;
  credit: string;
}

/**
 * Recognises a photo caption: a line ending in a parenthesised credit naming a photographer and
 * an agency ("(Andrew Kravchenko / AP)", "(AP Photo/Evan Vucci)", "(Reuters)"), or in a credit
 * marker ("… Image: Jane Roe."). `start`/`end` are the line's trimmed bounds in `text`.
 */
export function matchCaption(text: string, start: number, end: number): CaptionMatch | null {
  if (end - start > MAX_CAPTION + 120 || end - start < 4) return null;
  const line = text.slice(start, end);
  return parenthesisedCredit(text, line, start) ?? markedCredit(text, line, start);
}

function parenthesisedCredit(text: string, line: string, offset: number): CaptionMatch | null {
  if (!line.endsWith(")")) return null;
  const open = line.lastIndexOf("(");
  if (open <= 0) return null;
  const inner = line.slice(open + 1, -1).trim();
  if (inner.length < 2 || inner.length > 100 || inner.includes(")")) return null;
  if (!looksLikeCredit(inner)) return null;
  const [s, e] = trimRange(text, offset, offset + open);
  return s < e ? { start: s, end: e, credit: inner.replace(/\.$/, "") } : null;
}

function looksLikeCredit(inner: string): boolean {
  if (AGENCIES.has(inner.toLowerCase())) return true;
  const sides = inner.split("/");
  if (sides.length < 2 || sides.length > 3) return false;
  return sides.every((side) => CREDIT_SIDE.test(side.trim()));
}

// Every marker ends in a colon: a line without one (nearly every line) is settled at once.
const MARKER_END = ":";

function markedCredit(text: string, line: string, offset: number): CaptionMatch | null {
  if (!line.includes(MARKER_END)) return null;
  const lower = line.toLowerCase();
  for (const marker of MARKERS) {
    const at = lower.lastIndexOf(marker);
    if (at < 0) continue;
    let credit = line.slice(at + marker.length).trim();
    let before = at;
    // "(Image: Agency)": the parentheses belong to the credit, not to the caption.
    const opening = line.slice(0, at).trimEnd();
    if (opening.endsWith("(") && credit.endsWith(")")) {
      credit = credit.slice(0, -1).trim();
      before = opening.length - 1;
    }
    if (credit.endsWith(".")) credit = credit.slice(0, -1).trim();
    if (!credit || credit.length > 80 || credit.split(/\s+/).length > 8) continue;
    const [s, e] = trimRange(text, offset, offset + before);
    return { start: s, end: e, credit };
  }
  return null;
}

/** What makes two captions the same one: their words, whatever the spacing and case, and credit. */
export function captionKey(c: { text: string; credit: string | null }): string {
  return `${squash(c.text).toLowerCase()}|${c.credit ?? ""}`;
}
