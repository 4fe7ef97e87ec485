import { squash } from "./text.ts";

/** A run of text that stands as one block of the extracted article. */
export interface HtmlBlock {
  text: string;
  /** Inside a <figcaption>. */
  caption: boolean;
  /** From an <h1>: the page's headline, already in the metadata. */
  headline: boolean;
}

const tags = (list: string) => new Set(list.split(" "));

/** Elements whose text forms a block of its own. */
const BLOCKS = tags(
  "P H1 H2 H3 H4 H5 H6 LI BLOCKQUOTE FIGCAPTION PRE DT DD TD TH DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE FIGURE UL OL DL TABLE TR TBODY THEAD",
);
/** Containers in which a <time> is a dateline of the page, not part of a sentence. */
const CONTAINERS = tags("BODY DIV ARTICLE SECTION HEADER MAIN ASIDE FOOTER");
const SKIP = tags("SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON FORM IFRAME");

type Context = Omit<HtmlBlock, "text">;

interface Inline {
  buffer: string;
  /** The last thing seen was a <br> (only spaces since). */
  br: boolean;
}

/** Flattens a content tree into blocks: one per run of inline text between block elements. */
export function htmlBlocks(root: Node): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  collect(root, { caption: false, headline: false }, out, { buffer: "", br: false }, true);
  return out;
}

function collect(
  node: Node,
  context: Context,
  out: HtmlBlock[],
  inline: Inline,
  ownsBuffer: boolean,
): void {
  const emit = () => {
    const text = squash(inline.buffer);
    inline.buffer = "";
    if (text) out.push({ text, ...context });
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const text = child.textContent ?? "";
      inline.buffer += text;
      if (text.trim()) inline.br = false;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === "TIME" && CONTAINERS.has((node as Element).tagName?.toUpperCase() ?? "")) continue;
    if (tag === "BR") {
      // Pages without <p> mark paragraphs with <br><br>; one <br> is a line break inside one.
      if (inline.br) emit();
      else inline.buffer += " ";
      inline.br = true;
    } else if (BLOCKS.has(tag)) {
      emit();
      const inner = {
        caption: context.caption || tag === "FIGCAPTION",
        headline: context.headline || tag === "H1",
      };
      collect(child, inner, out, { buffer: "", br: false }, true);
    } else {
      collect(child, context, out, inline, false);
    }
  }
  if (ownsBuffer) emit();
}
