import type { Doc } from "../doc.ts";
import type { MediaPerson } from "./credits.ts";

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}`;
// "Additional reporting by Ana Ruiz and Tom Lee", "Reporting from Ana Ruiz", "Editing by Tom Lee".
const REPORTING = new RegExp(
  String.raw`\b(?:[Aa]dditional |[Aa]lso )?(?:[Rr]eporting|[Ee]diting|[Ww]riting) (?:by|from) (${NAME}(?:(?:, | and | & )${NAME})*)`,
  "gu",
);
// "Ana Ruiz contributed to this report", "Ana Ruiz contributed reporting".
const CONTRIBUTED = new RegExp(
  String.raw`(${NAME}) contributed (?:reporting|to this (?:report|story|article))`,
  "gu",
);
// "wrote Ana Ruiz for Civic Pulse", "Ana Ruiz wrote for Civic Pulse": a writer and the outlet.
const WROTE_FOR = new RegExp(
  String.raw`(?:\bwrote (${NAME})|(${NAME}) wrote) (?:for|in) (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})`,
  "gu",
);

/** Journalists the body credits in its own words: reporting and writing credits. */
export function inlineCredits(doc: Doc): MediaPerson[] {
  const out: MediaPerson[] = [];
  // A credit line standing alone is often read as the footer: it credits the article all the same.
  const footer = doc.article.footer
    .map((text) => ({ text, start: doc.text.indexOf(text) }))
    .filter((f) => f.start >= 0);
  for (const p of [...doc.article.paragraphs, ...footer]) {
    const add = (name: string, at: number, organization: string | null, evidence: string) =>
      out.push({
        name,
        role: "author",
        organization,
        evidence,
        mention: { text: name, start: at, end: at + name.length, kind: "name" },
      });
    for (const m of p.text.matchAll(REPORTING)) {
      let from = m.index + m[0].length - m[1].length;
      for (const name of m[1].split(/, | and | & /)) {
        from = p.text.indexOf(name, from);
        add(name, p.start + from, null, m[0]);
        from += name.length;
      }
    }
    for (const m of p.text.matchAll(CONTRIBUTED)) add(m[1], p.start + m.index, null, m[0]);
    for (const m of p.text.matchAll(WROTE_FOR)) {
      const name = m[1] ?? m[2];
      add(name, p.start + p.text.indexOf(name, m.index), m[3], m[0]);
    }
  }
  return out;
}
