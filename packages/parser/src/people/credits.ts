import type { Doc } from "../doc.ts";
import { findOrganization } from "../kb/index.ts";
import type { Mention } from "../types.ts";
import { leadingCredit } from "./credits-leading.ts";

/** A media person from the byline or a photo credit, with where the name is in the text. */
export interface MediaPerson {
  name: string;
  role: "author" | "photographer" | "host";
  organization: string | null;
  evidence: string;
  mention: Mention | null;
}

const NAME =
  /^\p{Lu}[\p{L}'’.-]*(?: (?:(?:van|von|der|de|da|di|du|la|le|bin|al|el)\s)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const NOT_NAMES =
  /\b(staff|editorial|board|desk|team|reporter|writer|correspondent|contributor|news|wire|press|agency|images|photo|author)\b/i;

/** True when the string looks like one person's name ("Leila Sackur", "Achmad Ibrahim"). */
function looksLikeName(s: string): boolean {
  return NAME.test(s) && !NOT_NAMES.test(s) && !findOrganization(s);
}

function locate(text: string, name: string, from: number, to: number): Mention | null {
  const at = text.indexOf(name, from);
  if (at < 0 || at + name.length > to) return null;
  return { text: name, start: at, end: at + name.length, kind: "name" };
}

/** Authors of the byline, as media people working for the article's source. */
export function bylinePeople(doc: Doc): MediaPerson[] {
  const bodyStart = doc.article.paragraphs[0]?.start ?? doc.text.length;
  const out: MediaPerson[] = [];
  for (const raw of doc.article.authors) {
    const name = raw
      .replace(/^by\s+/i, "")
      .replace(/,.*$/, "")
      .trim();
    if (!looksLikeName(name)) continue;
    const mention =
      locate(doc.text, name, 0, bodyStart) ?? locate(doc.text, name, 0, doc.text.length);
    out.push({
      name,
      role: "author",
      organization: doc.article.source,
      evidence: "byline",
      mention,
    });
  }
  return out;
}

const PREFIX =
  /^(?:photo(?:graph)?s?|image|picture|credit|photo by|photograph by)\s*[:-]?\s*(?:by\s+)?/i;

/** Splits a credit such as "Andrew Kravchenko / AP" or "REUTERS/Jane Doe" into names and agency. */
function parseCredit(credit: string): { names: string[]; agency: string | null } {
  const clean = credit
    .replace(/^\(|\)$/g, "")
    .replace(PREFIX, "")
    .trim();
  const parts = clean.split(/\s*\/\s*/);
  if (parts.length < 2) {
    const m = /^(.+?)\s+(?:for|via)\s+(.+)$/.exec(clean);
    return m
      ? { names: splitNames(m[1]), agency: firstAgency(m[2]) }
      : { names: splitNames(clean), agency: null };
  }
  const isAgency = (p: string) =>
    Boolean(findOrganization(p.replace(/\s+photo$/i, ""))) ||
    /^[\p{Lu}\s.&-]+$/u.test(p) ||
    /\b(images|press|news|pool|agency)\b/i.test(p);
  const agencyFirst = isAgency(parts[0]) && !isAgency(parts[parts.length - 1]);
  const agency = agencyFirst ? parts[0] : parts.slice(1).join(" / ");
  const names = agencyFirst ? parts.slice(1).join(" ") : parts[0];
  return { names: splitNames(names), agency: firstAgency(agency.replace(/\s+photo$/i, "")) };
}

const splitNames = (s: string) =>
  s
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((n) => n.trim())
    .filter(looksLikeName);

/** "KARL NYSTROM" → "Karl Nystrom": credits often set names in capitals. */
const fromCapitals = (name: string) =>
  /\p{Ll}/u.test(name)
    ? name
    : name
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
const firstAgency = (s: string) => s.split(/\s+(?:-|–|via)\s+|;\s*/)[0].trim() || null;

const TRAILING_CREDIT = /\(([^()]{3,100}\/[^()]{2,80})\)\.?\s*$/;
// A paragraph that is only a credit: "KARL NYSTROM/THE DAILY STAR", "Photo: Tina Rowe/Reuters".
const CREDIT_LINE =
  /^(?:photo(?:graph)?(?: by)?\s*:?\s*)?([\p{Lu}][^()\n/.!?]{2,50}\/[^()\n/]{2,60})$/iu;

/** Photographers named in caption credits, with their agency. */
export function creditPeople(doc: Doc): MediaPerson[] {
  const out: MediaPerson[] = [];
  const spans: { credit: string; from: number; to: number }[] = doc.article.captions
    .filter((c) => c.credit)
    .map((c) => ({
      credit: c.credit!,
      from: c.start,
      to: Math.min(doc.text.length, c.end + c.credit!.length + 8),
    }));
  // Until captions are segmented, a credit in parentheses may end a body paragraph.
  for (const p of doc.article.paragraphs) {
    const m = TRAILING_CREDIT.exec(p.text) ?? CREDIT_LINE.exec(p.text.trim());
    const leading = m ? null : leadingCredit(p.text);
    if (m || leading) spans.push({ credit: m?.[1] ?? leading!, from: p.start, to: p.end });
  }
  for (const { credit, from, to } of spans) {
    const { names, agency } = parseCredit(credit);
    const at = doc.text.indexOf(credit, from);
    for (const written of names) {
      const mention =
        at >= 0 && at < to
          ? locate(doc.text, written, at, at + credit.length)
          : locate(doc.text, written, from, to);
      const name = fromCapitals(written);
      out.push({
        name,
        role: "photographer",
        organization: agency && /\s/.test(agency) ? fromCapitals(agency) : agency,
        evidence: `photo credit: "${credit}"`,
        mention,
      });
    }
  }
  return out;
}
