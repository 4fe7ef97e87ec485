import words from "../lexicon/structure-dates.json";
import { readByline } from "./byline.ts";
import { parseDateLine } from "./dates.ts";
import type { Line } from "./lines.ts";

/** What a byline or date line printed above (or just inside) an article says. */
export interface PrintedCredit {
  authors: string[];
  /** Publishers and agencies the byline credits ("Reuters", "PTI"). */
  agencies: string[];
  publishedAt: string | null;
}

const CONNECTORS = words.connectors;

/**
 * Reads a line that is a byline, a date, or both ("By Jane Roe and Ali Khan on Monday, November
 * 18th, 2019", "By JANE ROE | Published 3 March 2019", "publiziert am 25. September 2018").
 * Null when the line is anything else, so a sentence of the story is never taken.
 */
export function readPrintedCredit(line: string): PrintedCredit | null {
  const text = line.trim();
  if (text.length < 6 || text.length > 250) return null;
  const date = parseDateLine(text);
  if (date) return { authors: [], agencies: [], publishedAt: date };
  const byline = readByline(text);
  if (byline) return { authors: byline.names, agencies: byline.organisations, publishedAt: null };
  return bylineThenDate(text);
}

/** A byline and a date joined by "on", "|", "·" or a dash: try each join, from the right. */
function bylineThenDate(text: string): PrintedCredit | null {
  const lower = text.toLowerCase();
  for (const connector of CONNECTORS) {
    for (let at = lower.lastIndexOf(connector); at > 0; at = lower.lastIndexOf(connector, at - 1)) {
      const date = parseDateLine(text.slice(at + connector.length));
      if (!date) continue;
      const left = text.slice(0, at).replace(/[\s,|·•–—-]+$/, "");
      const byline = readByline(left);
      if (byline)
        return { authors: byline.names, agencies: byline.organisations, publishedAt: date };
    }
  }
  return null;
}

/** Adds a credit's people and agencies to a list of them, once each. */
export function addCredit(
  to: { authors: string[]; agencies: string[] },
  credit: { authors: string[]; agencies: string[] },
): void {
  for (const name of credit.authors) if (!to.authors.includes(name)) to.authors.push(name);
  for (const agency of credit.agencies) if (!to.agencies.includes(agency)) to.agencies.push(agency);
}

/** How far below the header a byline or date line is still read as one (lines, characters). */
const NEAR_TOP_LINES = 4;
const NEAR_TOP_CHARS = 1500;

/**
 * Bylines and date lines printed just below the header, after a standfirst or a section label
 * ("By DANA ROE and ALI KHAN" under the lede's subtitle): their credit, and the lines to leave
 * out of the body. A line of names without "By" or a date is not taken this far down.
 */
export function creditsNearTop(
  lines: Line[],
  from: number,
): { credit: PrintedCredit; lines: Set<number> } {
  const credit: PrintedCredit = { authors: [], agencies: [], publishedAt: null };
  const taken = new Set<number>();
  let seen = 0;
  const limit = (lines[from]?.start ?? 0) + NEAR_TOP_CHARS;
  for (let i = from; i < lines.length && seen < NEAR_TOP_LINES; i++) {
    const line = lines[i];
    if (line.blank) continue;
    if (line.start > limit) break;
    seen++;
    const found = readPrintedCredit(line.text);
    if (!found || (!found.publishedAt && !/^\s*by\s/i.test(line.text))) continue;
    credit.publishedAt ??= found.publishedAt;
    addCredit(credit, found);
    taken.add(line.start);
  }
  return { credit, lines: taken };
}
