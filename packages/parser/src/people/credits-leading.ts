import { findOrganization } from "../kb/index.ts";

// "Jo Park / Bloomberg Flood water covers…": a photo credit that opens a caption.
const LEADING = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) ?\/ ?((?:\S+ ){1,6})\p{Lu}/u;

/**
 * A caption that opens with its credit, as some sites print them: a name, a slash, and a news
 * organization the knowledge base knows, then the caption's first capitalised word. The credit as
 * written ("Jo Park / Bloomberg"), or null.
 */
export function leadingCredit(paragraph: string): string | null {
  const m = LEADING.exec(paragraph);
  // "The Harbor Poll / Daily Sun survey…": a body, not a photographer.
  if (!m || /^(?:The|A|An) /.test(m[1]) || /\b\p{Lu}{2,}\b/u.test(m[1])) return null;
  const words = m[2].trim().split(" ");
  for (let n = words.length; n >= 1; n--) {
    const agency = words.slice(0, n).join(" ");
    if (findOrganization(agency)?.kind === "media") return `${m[1]} / ${agency}`;
  }
  return null;
}
