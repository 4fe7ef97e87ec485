import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Doc } from "../doc.ts";
import { type Caption, ParseError } from "../types.ts";
import { matchCaption } from "./captions.ts";
import { readMeta } from "./html-meta.ts";
import { squash } from "./text.ts";

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
  let content: string | null | undefined;
  try {
    content = new Readability(document, { charThreshold: 200 }).parse()?.content;
  } catch {
    content = null;
  }
  if (!content)
    throw new ParseError(
      "NO_ARTICLE",
      "The HTML page has no article content that could be extracted.",
    );
  const { document: article } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks: { text: string; caption: boolean }[] = [];
  collect(article.body, false, blocks, { buffer: "" });
  const title = hints.title ? squash(hints.title).toLowerCase() : null;
  let text = "";
  const captions: Caption[] = [];
  for (const block of blocks) {
    if (title && block.text.toLowerCase() === title && text === "") continue;
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
  if (text.trim() === "") throw new ParseError("NO_ARTICLE", "The HTML page has no article text.");
  return { text, hints, captions };
}

interface Inline {
  buffer: string;
}

/** Walks the content tree, emitting one block per run of inline text between block elements. */
function collect(
  node: Node,
  inCaption: boolean,
  out: { text: string; caption: boolean }[],
  inline: Inline,
  ownsBuffer = true,
): void {
  const emit = () => {
    const text = squash(inline.buffer);
    inline.buffer = "";
    if (text) out.push({ text, caption: inCaption });
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      inline.buffer += child.textContent ?? "";
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === "BR") {
      inline.buffer += " ";
    } else if (BLOCKS.has(tag)) {
      emit();
      collect(child, inCaption || tag === "FIGCAPTION", out, { buffer: "" });
    } else {
      collect(child, inCaption, out, inline, false);
    }
  }
  if (ownsBuffer) emit();
}
