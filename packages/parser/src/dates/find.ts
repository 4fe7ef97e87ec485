import type { Doc } from "../doc.ts";
import type { DateRef, Span } from "../types.ts";
import { ABSOLUTE, ANY_ISO, ANY_MONTH, type DateMatch } from "./absolute.ts";
import { articleDay } from "./calendar.ts";
import { RELATIVE, relativeFormsIn } from "./relative.ts";

// How much text before a weekday is read for a future tense ("will meet on Friday").
const FUTURE_WINDOW = 40;

/** All date expressions of one span of text, longest first where two overlap. */
export function datesIn(text: string, offset: number, reference: string | null): DateRef[] {
  const found: DateMatch[] = [];
  const hasMonth = ANY_MONTH.test(text);
  const hasIso = ANY_ISO.test(text);
  for (const [k, [re, resolve]] of ABSOLUTE.entries()) {
    if (k === 0 ? !hasIso : !hasMonth) continue;
    for (const m of text.matchAll(re)) {
      const r = resolve(m as RegExpExecArray, reference);
      if (r) found.push({ index: m.index, text: m[0], ...r });
    }
  }
  if (reference) {
    const wanted = relativeFormsIn(text);
    for (const [k, [re, resolve]] of RELATIVE.entries()) {
      if (!wanted[k]) continue;
      for (const m of text.matchAll(re)) {
        const before = text.slice(Math.max(0, m.index - FUTURE_WINDOW), m.index);
        const r = resolve(m as RegExpExecArray, reference, before);
        if (r) found.push({ index: m.index, text: m[0], ...r });
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out: DateRef[] = [];
  let end = -1;
  for (const f of found) {
    if (f.index < end) continue;
    end = f.index + f.text.length;
    const ref: DateRef = { text: f.text, start: offset + f.index, end: offset + end, date: f.date };
    if (f.endDate) ref.endDate = f.endDate;
    out.push(ref);
  }
  return out;
}

/**
 * Dates named in the title, body and captions, resolved against the article date (relative forms
 * need one; absolute forms without a year take the year nearest to it).
 */
export function findDates(doc: Doc): DateRef[] {
  const reference = articleDay(doc.article.publishedAt);
  const spans: Span[] = [...doc.article.paragraphs, ...doc.article.captions];
  const title = doc.article.title;
  const at = title ? doc.text.indexOf(title) : -1;
  if (title && at >= 0 && !spans.some((s) => s.start <= at && at < s.end)) {
    spans.unshift({ text: title, start: at, end: at + title.length });
  }
  return spans.flatMap((s) => datesIn(doc.text.slice(s.start, s.end), s.start, reference));
}
