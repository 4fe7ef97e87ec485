import lexicon from "../lexicon/structure-related.json";
import type { RelatedStory } from "../types.ts";
import type { Line } from "./lines.ts";
import { isSpace, squash, wordCount } from "./text.ts";

const HEADINGS = new Set(lexicon.headings);
const BULLETS = new Set(lexicon.bullets);

/** True for a heading that opens a list of other stories ("Recommended Stories", "Related:"). */
export function isRelatedHeading(line: string): boolean {
  if (line.length > 60) return false;
  const key = squash(line)
    .toLowerCase()
    .replace(/[:.!]+$/, "")
    .trim();
  return HEADINGS.has(key) || (key.startsWith("more from ") && key.split(" ").length <= 6);
}

/** "Read more: Title of another story" → the title; null for any other line. */
export function inlineRelated(line: string): string | null {
  if (line.length > 300) return null;
  const lower = line.toLowerCase();
  for (const prefix of lexicon.inlinePrefixes) {
    if (lower.startsWith(prefix)) {
      const title = line.slice(prefix.length).trim();
      return title || null;
    }
  }
  return null;
}

/** Strips a list bullet ("• ", "- ") from the start of a line; null when there is none. */
function stripBullet(line: string): string | null {
  if (line.length < 3 || !BULLETS.has(line[0]) || !isSpace(line.charCodeAt(1))) return null;
  return line.slice(1).trim();
}

/**
 * Reads the stories listed after a related-stories heading: a title (bulleted, or a short line)
 * optionally followed by its summary. `blocks` are the groups of lines between blank lines.
 */
export function parseRelated(blocks: Line[][]): RelatedStory[] {
  const bulleted = blocks.some((b) => b.some((l) => stripBullet(l.text) !== null));
  const stories: RelatedStory[] = [];
  let current: RelatedStory | null = null;
  for (const block of blocks) {
    for (const line of block) {
      const bullet = stripBullet(line.text);
      const text = squash(bullet ?? line.text);
      if (!text) continue;
      if (bullet !== null || (!bulleted && startsStory(current, text))) {
        current = { title: text, summary: null };
        stories.push(current);
      } else if (current && current.summary === null) {
        current.summary = text;
      } else if (current) {
        current.summary = `${current.summary} ${text}`;
      } else {
        current = { title: text, summary: null };
        stories.push(current);
      }
    }
  }
  return stories;
}

/** Without bullets, a new story starts unless the line reads as the current title's summary. */
function startsStory(current: RelatedStory | null, text: string): boolean {
  if (!current || current.summary !== null) return true;
  const sentenceLike = text.length > 120 || /[.!?…"”]$/.test(text);
  return !sentenceLike;
}

/** Running prose: a long paragraph of sentences, not a story title or a one-line teaser. */
function isProse(text: string, minWords: number): boolean {
  return (
    wordCount(text) >= minWords &&
    /[.!?…]["”’')]?$/.test(text) &&
    /\p{Ll}{2,}[,;]?\s+\p{Ll}{2,}\s+\p{Ll}/u.test(text)
  );
}

/**
 * After a related-stories label, the story goes on when its prose does: a long paragraph right
 * below the label or below other prose, or two paragraphs of prose in a row. A label inside the
 * article ("Read more", "More from UK") then introduced a few links or nothing, and the rest is
 * body. A teaser under a story's title stays related: lists alternate titles and teasers.
 */
export function storyResumes(texts: string[], at: number, previous: string | null): boolean {
  const here = texts[at];
  if (isProse(here, 40) && (previous === null || isProse(previous, 25))) return true;
  const next = texts[at + 1];
  return next !== undefined && isProse(here, 25) && isProse(next, 25);
}
