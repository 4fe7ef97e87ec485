import type { Caption, Paragraph, RelatedStory } from "../types.ts";
import { captionKey, matchCaption } from "./captions.ts";
import { matchFooter } from "./footer.ts";
import type { Line } from "./lines.ts";
import { inlineRelated, isRelatedHeading, parseRelated, storyResumes } from "./related.ts";
import { squash } from "./text.ts";

/** The parts of an article below its header. */
export interface Body {
  paragraphs: Paragraph[];
  captions: Caption[];
  relatedStories: RelatedStory[];
  footer: string[];
  /** Publisher named by a footer line, if any. */
  source: string | null;
}

export interface BodyOptions {
  /** Paragraphs are blocks between blank lines; otherwise every line is a paragraph. */
  blankMode: boolean;
  /** Lines to leave out (already known to be something else, e.g. HTML figure captions). */
  skip?: (line: Line) => boolean;
  /** Captions found before (HTML); new ones are deduplicated against them. */
  captions?: Caption[];
}

/** A line longer than this is a paragraph of its own, not a hard-wrapped piece of one. */
const WRAP_WIDTH = 100;

/**
 * Splits the body into paragraphs, captions (deduplicated, with their credit), footer lines and
 * related stories. What follows a related-stories heading is related, until the story's prose
 * goes on below it (a label inside the article).
 */
export function readBody(text: string, lines: Line[], from: number, opts: BodyOptions): Body {
  const body: Body = {
    paragraphs: [],
    captions: [...(opts.captions ?? [])],
    relatedStories: [],
    footer: [],
    source: null,
  };
  const seenCaptions = new Set(body.captions.map(captionKey));
  const related: Line[][] = [];
  let inRelated = false;
  /** The block met last in a related list; null right after its label. */
  let lastRelated: string | null = null;
  let run: Line[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    body.paragraphs.push({ text: text.slice(start, end), start, end });
    run = [];
  };
  const all = [...blocks(lines, from, opts.blankMode)];
  const texts = all.map((block) => block.map((l) => l.text).join(" "));
  for (let b = 0; b < all.length; b++) {
    const block = all[b];
    if (inRelated && storyResumes(texts, b, lastRelated)) inRelated = false;
    if (inRelated) {
      lastRelated = texts[b];
      const kept = block.filter((l) => !takeFooter(body, l.text));
      if (kept.length) related.push(kept);
      continue;
    }
    for (let k = 0; k < block.length; k++) {
      const line = block[k];
      if (opts.skip?.(line)) {
        flush();
        continue;
      }
      if (isRelatedHeading(line.text)) {
        flush();
        // A list of other stories follows an article; before any body it is just a heading.
        if (body.paragraphs.length === 0) continue;
        inRelated = true;
        lastRelated = k + 1 < block.length ? block[block.length - 1].text : null;
        if (k + 1 < block.length) related.push(block.slice(k + 1));
        break;
      }
      const caption = matchCaption(text, line.start, line.end);
      if (caption || takeFooter(body, line.text)) {
        flush();
        if (caption && caption.start < caption.end) {
          const c: Caption = {
            text: text.slice(caption.start, caption.end),
            start: caption.start,
            end: caption.end,
            credit: caption.credit,
          };
          const key = captionKey(c);
          if (!seenCaptions.has(key)) body.captions.push(c);
          seenCaptions.add(key);
        }
        continue;
      }
      const promo = inlineRelated(line.text);
      if (promo) {
        flush();
        body.relatedStories.push({ title: squash(promo), summary: null });
        continue;
      }
      run.push(line);
      if (!opts.blankMode || line.end - line.start > WRAP_WIDTH) flush();
    }
    flush();
  }
  body.relatedStories.push(...parseRelated(related));
  return body;
}

function takeFooter(body: Body, line: string): boolean {
  const footer = matchFooter(line);
  if (!footer) return false;
  body.footer.push(squash(line));
  body.source ??= footer.source;
  return true;
}

/** Groups non-blank lines into blocks: between blank lines, or one line each. */
function* blocks(lines: Line[], from: number, blankMode: boolean): Generator<Line[]> {
  let block: Line[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) {
      if (block.length) yield block;
      block = [];
    } else if (!blankMode) {
      yield [line];
    } else {
      block.push(line);
    }
  }
  if (block.length) yield block;
}
