/** Tags whose end tag may be left out (the parser closes them): they do not nest. */
const OPTIONAL_END = new Set(
  "p li td th tr dt dd option optgroup thead tbody tfoot colgroup caption rp rt html head body".split(
    " ",
  ),
);
/** Elements that never have content. */
const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr".split(" "),
);
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);

/**
 * Estimates how deeply a page nests, from its tags alone, before parsing it: HTML parsers slow
 * down quadratically on very deep trees, so absurd markup is refused before it reaches one.
 * Stops counting once `cap` is passed. Linear in the length of the markup.
 */
export function estimateDepth(html: string, cap: number): number {
  let depth = 0;
  let max = 0;
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length - 1) {
    const closing = html.charCodeAt(i + 1) === 47; // "/"
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const end = html.indexOf(">", j);
    if (end < 0) break;
    if (name && !VOID.has(name) && !OPTIONAL_END.has(name)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (html.charCodeAt(end - 1) !== 47) depth++;
      if (depth > max) max = depth;
      if (max > cap) return max;
    }
    let next = end + 1;
    if (!closing && RAW_TEXT.has(name)) {
      // Skip raw text: a script may well contain "<div".
      next = findEndTag(html, name, next);
    }
    i = html.indexOf("<", next);
  }
  return max;
}

function findEndTag(html: string, name: string, from: number): number {
  for (let k = html.indexOf("</", from); k >= 0; k = html.indexOf("</", k + 2)) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
  }
  return html.length;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}
