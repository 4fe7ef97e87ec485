import { parseHTML } from "linkedom";
import type { Doc } from "../doc.ts";
import { type Caption, ParseError } from "../types.ts";
import { captionKey, matchCaption } from "./captions.ts";
import { htmlBlocks } from "./html-blocks.ts";
import { checkNesting, mainContent } from "./html-content.ts";
import { readMeta } from "./html-meta.ts";
import { preparePage } from "./html-prepare.ts";
import { squash, wordCount } from "./text.ts";

/** The article extracted from a page: plain text with blank lines between blocks. */
export interface HtmlArticle {
  text: string;
  hints: Doc["hints"];
  /** Figure captions, with offsets into `text`. */
  captions: Caption[];
}

const MIN_WORDS = 8;

function isLabel(text: string): boolean {
  return wordCount(text) <= 4 && !/[.!?]["”’']?$/.test(text);
}

/**
 * Extracts the main content of an HTML page with Readability over linkedom and flattens it to
 * text. Throws {@link ParseError} NO_ARTICLE when the page holds no readable article.
 */
export function extractHtml(html: string): HtmlArticle {
  checkNesting(html);
  // linkedom makes the first element of a bare fragment the document element: give it a page.
  const page = /<html[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const hints = readMeta(document);
  preparePage(document);
  const content = mainContent(document);
  if (!content)
    throw new ParseError(
      "NO_ARTICLE",
      "The HTML page has no article content that could be extracted.",
    );
  const blocks = htmlBlocks(content);
  const title = hints.title ? squash(hints.title).toLowerCase() : null;
  let text = "";
  const captions: Caption[] = [];
  const seenCaptions = new Set<string>();
  // Above the headline, or leading the content when the headline was left out, short labels are
  // kickers and breadcrumbs ("Politics", "World › Europe"), not the story.
  const headlineAt = blocks.findIndex((b) => b.headline);
  const leadingLabels = blocks.findIndex((b) => !b.headline && !isLabel(b.text));
  const labelsEnd = Math.max(headlineAt, headlineAt < 0 ? leadingLabels : 0);
  for (const [i, block] of blocks.entries()) {
    if (block.headline || (title && block.text.toLowerCase() === title && text === "")) continue;
    if (i < labelsEnd && isLabel(block.text)) continue;
    // Galleries and CMS templates print one caption several times: keep it once.
    if (block.caption && seenCaptions.has(captionKey({ text: block.text, credit: null }))) continue;
    if (text) text += "\n\n";
    const start = text.length;
    text += block.text;
    if (block.caption) {
      const credit = matchCaption(text, start, text.length);
      const [s, e] =
        credit && credit.start < credit.end ? [credit.start, credit.end] : [start, text.length];
      captions.push({ text: text.slice(s, e), start: s, end: e, credit: credit?.credit ?? null });
      seenCaptions.add(captionKey({ text: block.text, credit: null }));
    }
  }
  // A page whose "content" is a menu or a lone heading has no article to speak of.
  if (wordCount(text) < MIN_WORDS) {
    throw new ParseError(
      "NO_ARTICLE",
      `The HTML page has no article text (only ${wordCount(text)} words of content).`,
    );
  }
  return { text, hints, captions };
}
