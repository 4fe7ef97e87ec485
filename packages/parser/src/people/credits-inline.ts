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
  `(${NAME}) contributed (?:reporting|to this (?:report|story|article))`,
  "gu",
);
// "wrote Ana Ruiz for Civic Pulse", "Ana Ruiz wrote for Civic Pulse": a writer and the outlet.
const WROTE_FOR = new RegExp(
  String.raw`(?:\bwrote (${NAME})|(${NAME}) wrote) (?:for|in) (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})`,
  "gu",
);

// "The Late Show with Ana Ruiz", "The Ana Ruiz Morning Show": a show named after its host.
const SHOW = new RegExp(
  String.raw`\b(?:Show|Hour|Tonight|Podcast) with (${NAME})|\bThe (${NAME.replace("{1,2}", "{1,2}?")})(?:['’]s)? (?:(?:Morning|Late|Radio|Evening|Weekend|Daily) )?(?:Show|Hour|Podcast)\b`,
  "gu",
);

// Cheap test before the name patterns, which are costly on every paragraph.
const MAY_CREDIT = /reporting|editing|writing|contributed|wrote|show|hour|tonight|podcast/i;
// The words each pattern cannot match without ("show" and "hour" pass MAY_CREDIT in most texts).
const MAY_REPORTING = /(?:eporting|diting|riting) (?:by|from) /;
const MAY_SHOW = /Show|Hour|Tonight|Podcast/;

/** Journalists the body credits in its own words: reporting and writing credits. */
export function inlineCredits(doc: Doc): MediaPerson[] {
  const out: MediaPerson[] = [];
  // A credit line standing alone is often read as the footer: it credits the article all the same.
  const footer = doc.article.footer
    .map((text) => ({ text, start: doc.text.indexOf(text) }))
    .filter((f) => f.start >= 0);
  for (const p of [...doc.article.paragraphs, ...footer]) {
    if (!MAY_CREDIT.test(p.text)) continue;
    const add = (name: string, at: number, organization: string | null, evidence: string) =>
      out.push({
        name,
        role: "author",
        organization,
        evidence,
        mention: { text: name, start: at, end: at + name.length, kind: "name" },
      });
    if (MAY_REPORTING.test(p.text))
      for (const m of p.text.matchAll(REPORTING)) {
        let from = m.index + m[0].length - m[1].length;
        for (const name of m[1].split(/, | and | & /)) {
          from = p.text.indexOf(name, from);
          add(name, p.start + from, null, m[0]);
          from += name.length;
        }
      }
    if (p.text.includes(" contributed "))
      for (const m of p.text.matchAll(CONTRIBUTED)) add(m[1], p.start + m.index, null, m[0]);
    if (MAY_SHOW.test(p.text))
      for (const m of p.text.matchAll(SHOW)) {
        const name = m[1] ?? m[2];
        const at = p.text.indexOf(name, m.index);
        out.push({
          name,
          role: "host",
          organization: null,
          evidence: m[0],
          mention: {
            text: name,
            start: p.start + at,
            end: p.start + at + name.length,
            kind: "name",
          },
        });
      }
    if (p.text.includes("wrote "))
      for (const m of p.text.matchAll(WROTE_FOR)) {
        const name = m[1] ?? m[2];
        add(name, p.start + p.text.indexOf(name, m.index), m[3], m[0]);
      }
  }
  return out;
}
