import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Doc } from "../doc.ts";
import { type Caption, ParseError } from "../types.ts";
import { matchCaption } from "./captions.ts";
import { readMeta } from "./html-meta.ts";
import { squash, wordCount } from "./text.ts";

/** The article extracted from a page: plain text with blank lines between blocks. */
export interface HtmlArticle {
  text: string;
  hints: Doc["hints"];
  /** Figure captions, with offsets into `text`. */
  captions: Caption[];
}

/** Elements whose text forms a block of its own. */
const BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "FIGCAPTION",
  "PRE",
  "DT",
  "DD",
  "TD",
  "TH",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "FIGURE",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "TR",
  "TBODY",
  "THEAD",
]);
const MIN_WORDS = 8;
/** Containers in which a <time> is a dateline of the page, not part of a sentence. */
const CONTAINERS = new Set([
  "BODY",
  "DIV",
  "ARTICLE",
  "SECTION",
  "HEADER",
  "MAIN",
  "ASIDE",
  "FOOTER",
]);
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "FORM",
  "IFRAME",
]);

/**
 * Extracts the main content of an HTML page with Readability over linkedom and flattens it to
 * text. Throws {@link ParseError} NO_ARTICLE when the page holds no readable article.
 */
export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const hints = readMeta(document);
  let content: Node | null | undefined;
  try {
    // The serializer hands back the content element itself: no second HTML parse.
    content = new Readability<Node>(document, {
      charThreshold: 200,
      serializer: (el) => el,
    }).parse()?.content;
  } catch {
    content = null;
  }
  if (!content)
    throw new ParseError(
      "NO_ARTICLE",
      "The HTML page has no article content that could be extracted.",
    );
  const blocks: Block[] = [];
  collect(content, { caption: false, headline: false }, blocks, { buffer: "" });
  const title = hints.title ? squash(hints.title).toLowerCase() : null;
  let text = "";
  const captions: Caption[] = [];
  for (const block of blocks) {
    if (block.headline || (title && block.text.toLowerCase() === title && text === "")) continue;
    if (text) text += "\n\n";
    const start = text.length;
    text += block.text;
    if (block.caption) {
      const credit = matchCaption(text, start, text.length);
      const [s, e] =
        credit && credit.start < credit.end ? [credit.start, credit.end] : [start, text.length];
      captions.push({ text: text.slice(s, e), start: s, end: e, credit: credit?.credit ?? null });
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

interface Block {
  text: string;
  caption: boolean;
  /** From an <h1>: the page's headline, already in the metadata. */
  headline: boolean;
}

interface Inline {
  buffer: string;
}

/** Walks the content tree, emitting one block per run of inline text between block elements. */
function collect(
  node: Node,
  context: { caption: boolean; headline: boolean },
  out: Block[],
  inline: Inline,
  ownsBuffer = true,
): void {
  const emit = () => {
    const text = squash(inline.buffer);
    inline.buffer = "";
    if (text) out.push({ text, ...context });
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      inline.buffer += child.textContent ?? "";
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === "TIME" && CONTAINERS.has((node as Element).tagName?.toUpperCase() ?? "")) continue;
    if (tag === "BR") {
      inline.buffer += " ";
    } else if (BLOCKS.has(tag)) {
      emit();
      const inner = {
        caption: context.caption || tag === "FIGCAPTION",
        headline: context.headline || tag === "H1",
      };
      collect(child, inner, out, { buffer: "" });
    } else {
      collect(child, context, out, inline, false);
    }
  }
  if (ownsBuffer) emit();
}
