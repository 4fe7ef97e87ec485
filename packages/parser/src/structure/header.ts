import { isBoilerplate } from "./boilerplate.ts";
import { parseByline } from "./byline.ts";
import { matchCaption } from "./captions.ts";
import { addCredit, readPrintedCredit } from "./dateline.ts";
import { parseDateLine } from "./dates.ts";
import { matchFooter } from "./footer.ts";
import {
  bodyStartsBelow,
  dropFinalStop,
  opensWithDateline,
  subheadBelow,
  twoLineHeadline,
  withoutAbbreviations,
} from "./headline.ts";
import { hasInnerBlank, type Line } from "./lines.ts";
import { isRelatedHeading } from "./related.ts";
import { squash, wordCount } from "./text.ts";

/** What the lines above the body say about the article. */
export interface Header {
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  /** Publishers and agencies a byline credits beside (or instead of) people. */
  agencies: string[];
  readTimeMinutes: number | null;
  /** Site notices met among the header lines (review banners, edit stamps): footer, not body. */
  notices: string[];
  /** Index of the first line of the body. */
  bodyFrom: number;
}

const EXPORT_DATE = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$/i;
const READ_TIME = /^[·•|–—-]?\s*(\d{1,3})\s*-?\s*min(?:ute)?s?\.?\s+read$/i;
const COUNTER = /^\d{1,4}$/;
const MAX_HEADER_LINES = 10;

/**
 * Reads the header at the top of a plain-text article: an export line ("date 2022-11-15 Title"),
 * a dateline ("Friday, January 4, 2019"), the title, a counter, the byline and a "6 min read"
 * line, in any order. Stops at the first line that is none of these: the body starts there.
 */
export function readHeader(lines: Line[], allowTitle: boolean): Header {
  const h: Header = {
    title: null,
    publishedAt: null,
    authors: [],
    agencies: [],
    readTimeMinutes: null,
    notices: [],
    bodyFrom: 0,
  };
  let seen = 0;
  let i = 0;
  for (; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const line = lines[i];
    if (line.blank) continue;
    if (line.text.length > 300) break;
    const text = squash(line.text);
    seen++;
    const exported = EXPORT_DATE.exec(text);
    if (exported) {
      h.publishedAt ??= exported[1];
      if (allowTitle && !h.title && exported[2]) h.title = exported[2];
      continue;
    }
    const credit = readPrintedCredit(text);
    if (credit?.publishedAt) {
      h.publishedAt ??= credit.publishedAt;
      addCredit(h, credit);
      continue;
    }
    // Wiki banners sit between the title and the dateline; the header goes on below them.
    if (h.title && isBoilerplate(text)) {
      h.notices.push(text);
      seen--;
      continue;
    }
    const readTime = READ_TIME.exec(text);
    if (readTime) {
      h.readTimeMinutes ??= Number(readTime[1]);
      continue;
    }
    if (h.title && text === h.title) continue;
    if ((h.title || h.publishedAt) && COUNTER.test(text)) continue;
    // A byline without "By" follows the title; above it, a headline may read like a list of names.
    // A page's title is in its metadata (allowTitle false), so a names line at its top is a byline.
    if (credit && (h.title || h.publishedAt || !allowTitle || /^by\s/i.test(text))) {
      addCredit(h, credit);
      continue;
    }
    const wrapped = allowTitle && !h.title ? twoLineHeadline(lines, i) : null;
    if (wrapped && hasTextAfter(lines, wrapped.last + 1)) {
      h.title = wrapped.title;
      i = wrapped.last;
      continue;
    }
    if (allowTitle && !h.title && looksLikeTitle(text, lines, i) && standsAlone(lines, i)) {
      h.title = dropFinalStop(text);
      continue;
    }
    break;
  }
  h.bodyFrom = i;
  return h;
}

const SENTENCE_BREAK = /\p{Ll}{2}[.!?]["”’']?\s+\p{Lu}/u;

function looksLikeTitle(text: string, lines: Line[], i: number): boolean {
  if (text.length < 3 || text.length > 250 || wordCount(text) > 35) return false;
  if (/^\p{Ll}/u.test(text) || !/\p{L}/u.test(text)) return false;
  if (/[,;:]$/.test(text) || isRelatedHeading(text) || matchFooter(text)) return false;
  if (opensWithDateline(text)) return false;
  if (!/\.["”’']{0,2}$/.test(text) || text.endsWith("...")) return true;
  // Ending like a sentence: a headline only when short, one sentence, and in headline case or
  // heading a much longer paragraph (a lede is rarely shorter than half the next paragraph).
  // Every long word capitalised: a headline even over several short sentences ("X Lost. Here's Why.").
  if (headlineCase(text, 1)) return true;
  if (wordCount(text) > 20 || SENTENCE_BREAK.test(withoutAbbreviations(text))) return false;
  // A dateline lede or a section label below ends the header, so this line is its headline.
  if (bodyStartsBelow(lines, i)) return true;
  if (SENTENCE_BREAK.test(text)) return false;
  return (
    headlineCase(text, 0.6) ||
    nextLineLength(lines, i) >= 1.3 * text.length ||
    subheadBelow(lines, i, text)
  );
}

/** At least `share` of the words of four letters or more (after the first) are capitalised. */
function headlineCase(text: string, share: number): boolean {
  const words = text
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^[\p{L}‘'“"]{4,}/u.test(w));
  const capitalised = words.filter((w) => /^[‘'“"]?\p{Lu}/u.test(w)).length;
  return words.length >= 2 && capitalised >= share * words.length;
}

function nextLineLength(lines: Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++)
    if (!lines[j].blank) return lines[j].end - lines[j].start;
  return 0;
}

/**
 * A title stands on its own line: a blank line or more header follows it, or the whole text
 * puts every paragraph on one line. A line running into more prose is the start of a paragraph.
 */
function standsAlone(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  if (!next) return false;
  if (next.blank) return hasTextAfter(lines, i + 2);
  const t = squash(next.text);
  if (COUNTER.test(t) || READ_TIME.test(t) || parseDateLine(t) || parseByline(t)) return true;
  if (matchCaption(next.text, 0, next.text.length)) return true;
  // No blank line anywhere below: one paragraph per line, so the first line is its own block.
  return !hasInnerBlank(lines, i + 1);
}

function hasTextAfter(lines: Line[], from: number): boolean {
  for (let j = from; j < lines.length; j++) if (!lines[j].blank) return true;
  return false;
}
