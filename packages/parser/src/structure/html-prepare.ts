/** Pop-ups and screen-reader text a reader never sees inside a paragraph (hover cards, tooltips). */
const HIDDEN_CLASS =
  /(?:^|\s)(?:[\w-]*hover-?card[\w-]*|tooltip|popover|popup|tippy-\w+|sr-only|visually-hidden|screen-reader-text|screenreader|offscreen|hidden)(?:\s|$)/i;
/** WordPress and other CMS caption paragraphs, written outside a <figcaption>. */
const CAPTION_CLASS =
  /(?:^|\s)(?:wp-caption-text|wp-element-caption|caption-text|image-caption)(?:\s|$)/i;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Readies a page for extraction, before Readability drops the class names that tell these apart:
 * removes what is hidden from readers (the `hidden` attribute, `aria-hidden`, inline
 * `display:none`, hover cards and tooltips, whose text would be glued into the sentence around
 * them) and marks CMS captions (`p.wp-caption-text`) as the figure captions they are.
 */
export function preparePage(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll("[hidden], [aria-hidden], [style], [class]"))) {
    if (!el.parentNode) continue;
    if (isHidden(el)) {
      el.remove();
      continue;
    }
    const cls = el.getAttribute("class");
    if (cls && CAPTION_CLASS.test(cls) && el.tagName !== "FIGCAPTION") {
      const caption = document.createElement("figcaption");
      while (el.firstChild) caption.appendChild(el.firstChild);
      el.replaceWith(caption);
    }
  }
}

function isHidden(el: Element): boolean {
  // Images often carry aria-hidden; only text containers matter here.
  if (el.tagName === "IMG" || el.tagName === "SVG" || el.tagName === "PICTURE") return false;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute("class");
  return cls !== null && HIDDEN_CLASS.test(cls);
}
