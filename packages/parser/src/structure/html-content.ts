import { Readability } from "@mozilla/readability";
import { ParseError } from "../types.ts";
import { estimateDepth } from "./html-depth.ts";

/** Deeper than this, a page is not something a person reads: refuse it (the documented limit). */
const MAX_DEPTH = 500;
/**
 * The same from the tags alone, before parsing: looser, as sloppy markup leaves tags open that
 * the parser closes, but past it the parsed tree is certainly over MAX_DEPTH; the refusal names
 * MAX_DEPTH either way, so that users meet one limit.
 */
const MAX_TAG_DEPTH = 1_000;
/** Readability's cost grows with depth times size; past these it is too slow to be worth it. */
const READABILITY_MAX_DEPTH = 80;
const READABILITY_MAX_ELEMENTS = 10_000;
/** Page furniture dropped when the main content is found without Readability. */
const CHROME =
  "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg";

/** Refuses markup nested too deeply to parse in reasonable time, before it is parsed. */
export function checkNesting(html: string): void {
  const depth = estimateDepth(html, MAX_TAG_DEPTH);
  if (depth > MAX_TAG_DEPTH) throw tooDeep(MAX_DEPTH);
}

function tooDeep(limit: number): ParseError {
  return new ParseError(
    "INVALID_INPUT",
    `The HTML nests elements more than ${limit} deep: it is not a page that can be read.`,
  );
}

/**
 * The element holding the page's main content: Readability's choice on ordinary pages; on pages
 * too deep or too large for it (quadratic there), the one <article>, else <main>, else the body,
 * without navigation, header, footer and asides. Throws {@link ParseError} for absurdly nested markup.
 */
export function mainContent(document: Document): Node | null {
  const root = document.documentElement;
  if (!root) return null;
  const { depth, elements } = measure(root);
  if (depth > MAX_DEPTH) throw tooDeep(MAX_DEPTH);
  if (depth > READABILITY_MAX_DEPTH || elements > READABILITY_MAX_ELEMENTS) {
    const articles = document.querySelectorAll("article");
    const main =
      articles.length === 1
        ? articles[0]
        : (document.querySelector("main") ?? document.body ?? root);
    for (const el of Array.from(main.querySelectorAll(CHROME))) el.remove();
    return main;
  }
  try {
    // The serializer hands back the content element itself: no second HTML parse.
    return (
      new Readability<Node>(document, { charThreshold: 200, serializer: (el) => el }).parse()
        ?.content ?? null
    );
  } catch {
    return null;
  }
}

/** Depth and element count of a tree, without recursion (the tree may be very deep). */
function measure(root: Element): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    if (depth > MAX_DEPTH) break;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, d + 1]);
  }
  return { depth, elements };
}
