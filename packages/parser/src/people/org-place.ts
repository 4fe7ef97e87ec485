import type { Mention } from "../types.ts";
import type { Resolved } from "./elsewhere.ts";

// Offices whose body is the place they govern: "the mayor of Corvallo", "Gov. X of Montana",
// "Sultan X of Perak state". A senator's or a minister's "of" names a home or a domain instead.
const OFFICE = String.raw`(?:former |acting |interim |deputy |lieutenant |lt\. )*(?:mayor|governor|premier|sultan|emir|reeve|county executive|county commissioner|city manager)(?:-elect)?`;
const PLACE_OFFICE = new RegExp(`^${OFFICE}$`, "i");
// "Mayor of Corvallo", "Governor of Ohio" (a role as written or as the knowledge base has it).
const ROLE_OF_PLACE = new RegExp(
  String.raw`^(${OFFICE}) of (?:the )?(\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|of|de|del|la))*)$`,
  "iu",
);
// " of Montana", " of central Perak state": the place a governor or a sultan serves, after the name.
const OF_PLACE =
  /^,? of (?:(?:central|northern|southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern) )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?: (?:state|province|county|city|region))?\b/u;

/**
 * "Lia Moss, the mayor of Corvallo", "Gov. Ray Kettle of Montana", a governor the knowledge base
 * has in office ("Governor of Ohio"): an office of a place works for that place, its body in
 * the people facts. Only when no organization was read.
 */
export function placeOfOffice(text: string, r: Resolved["r"], mentions: Mention[]): void {
  if (r.organization || !r.role) return;
  const written = ROLE_OF_PLACE.exec(r.role.trim());
  if (written) {
    r.organization = written[2];
    r.evidence = { ...r.evidence, organization: { value: written[2], evidence: r.role } };
    return;
  }
  if (!PLACE_OFFICE.test(r.role.trim())) return;
  for (const m of mentions) {
    if (m.kind === "pronoun" || m.kind === "title") continue;
    const after = OF_PLACE.exec(text.slice(m.end, m.end + 60));
    if (!after) continue;
    r.organization = after[1];
    r.evidence = {
      ...r.evidence,
      organization: { value: after[1], evidence: `${m.text}${after[0]}` },
    };
    return;
  }
}
