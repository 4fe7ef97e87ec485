import { addCredit, type PrintedCredit, readPrintedCredit } from "./dateline.ts";
import { squash } from "./text.ts";

/** Page parts that hold other stories, not this one: their dates and names are never ours. */
const ELSEWHERE_TAGS = new Set(["ASIDE", "NAV", "FOOTER"]);
const ELSEWHERE_CLASS =
  /related|recommend|promo|teaser|sidebar|most-?read|popular|trending|newsletter|more-stories|comment/i;
const AUTHOR_HINT = /author|byline|contributor|writer/i;
/** Inline elements: a byline line is one of these runs, however it is marked up. */
const BLOCK_TAGS = new Set(
  "P DIV LI UL OL H1 H2 H3 H4 H5 H6 SECTION ARTICLE HEADER MAIN FIGURE TABLE BLOCKQUOTE".split(" "),
);
const MAX_LINE = 250;
/** How many lines around the headline are read for a byline or a date. */
const LINES_BEFORE = 4;
const LINES_AFTER = 12;

/** True for an element inside a sidebar, navigation, footer or related-stories box. */
export function isElsewhere(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (ELSEWHERE_TAGS.has(e.tagName)) return true;
    const cls = `${e.getAttribute("class") ?? ""} ${e.getAttribute("id") ?? ""}`;
    if (cls.trim() && ELSEWHERE_CLASS.test(cls)) return true;
  }
  return false;
}

/**
 * Bylines and dates printed near the headline, read before extraction drops them ("By DANA ROE
 * and ALI KHAN", "Published 3 March 2019", "publiziert am 25. September 2018"): the lines just
 * above and below the page's <h1>, never inside a sidebar or a related-stories box.
 */
export function creditsNearHeadline(document: Document): PrintedCredit {
  const credit: PrintedCredit = { authors: [], agencies: [], publishedAt: null };
  const h1 = Array.from(document.querySelectorAll("h1")).find((el) => !isElsewhere(el));
  const root = document.body;
  if (!root) return credit;
  const lines = textLines(root);
  const at = h1 ? lines.findIndex((l) => l.el === h1 || h1.contains(l.el)) : -1;
  const from = at < 0 ? 0 : Math.max(0, at - LINES_BEFORE);
  const to = at < 0 ? LINES_AFTER : at + 1 + LINES_AFTER;
  for (const line of lines.slice(from, to)) {
    if (line.el === h1 || isElsewhere(line.el)) continue;
    const found = readPrintedCredit(line.text);
    if (!found) continue;
    const marked = /^by\s/i.test(line.text) || hasAuthorHint(line.el);
    credit.publishedAt ??= found.publishedAt;
    if (marked || found.publishedAt) addCredit(credit, found);
  }
  return credit;
}

function hasAuthorHint(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) {
    const hint = `${e.getAttribute("class") ?? ""} ${e.getAttribute("rel") ?? ""} ${e.getAttribute("itemprop") ?? ""}`;
    if (AUTHOR_HINT.test(hint)) return true;
  }
  return false;
}

/** The page's short lines in reading order: each the outermost element holding only inline content. */
function textLines(root: Element): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.tagName === "SCRIPT" || el.tagName === "STYLE" || el.tagName === "NOSCRIPT") continue;
    const children = Array.from(el.children);
    if (el !== root && !children.some((c) => BLOCK_TAGS.has(c.tagName))) {
      const text = squash(el.textContent ?? "");
      if (text.length >= 3 && text.length <= MAX_LINE) out.push({ el, text });
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}
