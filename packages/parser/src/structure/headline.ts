import lexicon from "../lexicon/structure-headline.json";
import type { Line } from "./lines.ts";
import { squash, wordCount } from "./text.ts";

const ABBREVIATIONS = new Set(lexicon.abbreviations);
/** Words that open running prose (a sentence leaning on the one before), rarely a headline. */
const PROSE_OPENERS = new Set(lexicon.proseOpeners);
const ABBREVIATION = /\b(\p{L}+)\.(?=\s)/gu;

/** The text with the full stops of abbreviations ("Rep.", "Pa.") removed, so they end no sentence. */
export function withoutAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, (m, word: string) =>
    ABBREVIATIONS.has(word.toLowerCase()) ? word : m,
  );
}

/** A dateline lede opens the body: "PLACE (AP) —", "PLACE, St. —", "PLACE --". */
const DATELINE_LEDE =
  /^\p{Lu}[\p{Lu}.'’ ]{2,40}(?:,\s[\p{L}\p{N}., ]{1,25})?\s*(?:\([\p{L} ]{2,20}\)\s*)?(?:[-–—―]{1,2})\s/u;

/** True for a paragraph that opens with a dateline ("PLACE (AP) — …"): body, never a headline. */
export function opensWithDateline(text: string): boolean {
  return DATELINE_LEDE.test(text);
}

/** A short label in capitals, such as a section name ("LETTERS.") or a kicker, never body prose. */
function isCapitalLabel(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && wordCount(text) <= 8 && letters === letters.toUpperCase();
}

/**
 * True when the next non-blank line starts the body the way a header ends: a dateline lede, or a
 * section label in capitals. A sentence-like line above it is then the headline, whatever its case.
 */
export function bodyStartsBelow(lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].blank) continue;
    const t = squash(lines[j].text);
    return DATELINE_LEDE.test(t) || isCapitalLabel(t);
  }
  return false;
}

/**
 * A headline and its subhead or rubric written as one block of two lines, the first ending in a
 * semicolon ("Storm hits coast; \nThousands without power."): returns the headline joined on one
 * line and the index of its last line, or null.
 */
export function twoLineHeadline(lines: Line[], i: number): { title: string; last: number } | null {
  const first = squash(lines[i].text);
  const second = lines[i + 1];
  if (!first.endsWith(";") || !second || second.blank) return null;
  const after = lines[i + 2];
  if (after && !after.blank) return null;
  if (!/^[\p{Lu}\p{N}'‘"“]/u.test(first) || second.text.length > 160) return null;
  const title = squash(`${first} ${second.text}`);
  if (title.length > 250 || wordCount(title) > 35) return null;
  return { title: dropFinalStop(title), last: i + 1 };
}

/**
 * Removes the full stop some exports add to a headline, also before a closing quotation mark or
 * parenthesis ("… ‘Very Good.’" → "… ‘Very Good’"); initials such as "U.S." keep theirs.
 */
export function dropFinalStop(title: string): string {
  return title.replace(/(?<=[\p{L}\p{N}]{2}|…)\.(?=[)"”’']?$)/u, "");
}

/** Words in a headline or a subhead (deck) short enough to read at a glance. */
const SHORT_LINE_WORDS = 14;

/**
 * True when the line is followed by a subhead: a second short one-line block, then a paragraph at
 * least twice as long as both ("Bridge to close for months." / "Repairs start in May." / lede).
 */
export function subheadBelow(lines: Line[], i: number, text: string): boolean {
  const blocks = nextBlocks(lines, i + 1, 2);
  if (blocks.length < 2 || blocks[0].length !== 1) return false;
  const deck = squash(blocks[0][0].text);
  if (wordCount(text) < 4 || wordCount(text) > SHORT_LINE_WORDS) return false;
  if (wordCount(deck) > SHORT_LINE_WORDS || opensLikeProse(text) || opensLikeProse(deck))
    return false;
  if (/[:,;]$/.test(deck) || !/^[\p{Lu}'‘"“]/u.test(deck)) return false;
  const body = blocks[1].reduce((n, l) => n + l.text.length, 0);
  return body >= 2 * (text.length + deck.length);
}

function opensLikeProse(text: string): boolean {
  const first = /^[\p{L}’']+/u.exec(text)?.[0].toLowerCase() ?? "";
  return PROSE_OPENERS.has(first.replace(/['’]s$/, ""));
}

/** The next `count` blocks of lines (runs between blank lines) from line `from`. */
function nextBlocks(lines: Line[], from: number, count: number): Line[][] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  for (let j = from; j < lines.length && blocks.length < count; j++) {
    if (!lines[j].blank) block.push(lines[j]);
    else if (block.length) {
      blocks.push(block);
      block = [];
    }
  }
  if (block.length && blocks.length < count) blocks.push(block);
  return blocks;
}
