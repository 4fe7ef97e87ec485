import { countryOfDemonym, countryOfDemonymWord } from "./lexicon.ts";
import { isPluralNoun } from "./not-person.ts";
import { emptyRole, type RoleInfo } from "./role.ts";
import type { Word } from "./words.ts";

/** What a group's country needs of a candidate: where it is and the title it has. */
interface Member {
  start: number;
  end: number;
  title: RoleInfo | null;
}

const INCLUDING = new Set(["including", "among"]);
// Between two members of the list: ", ", " and ", ", and ", with a role before the next name.
const GAP = /^[\s\p{Ll}-]*(?:,\s*(?:and\s+)?|\s+and\s+)[\s\p{Ll}-]*$/u;

/**
 * "senior Ruritanian officials, including Ana Ruiz and foreign minister Ben Cole": a group named
 * with a demonym gives its country to every person listed after "including" (the group's own
 * words, not a place nearby). Sets the country of those candidates' titles in place.
 */
export function shareGroupCountry(words: Word[], members: Member[], text: string, offset: number) {
  for (let i = 0; i < words.length - 1; i++) {
    if (!INCLUDING.has(words[i].lower)) continue;
    const comma = words[i - 1]?.text === "," ? 1 : 0;
    const noun = words[i - 1 - comma];
    if (!noun || !isPluralNoun(noun.lower)) continue;
    // The demonym within the three words before the plural noun: "senior North Korean officials".
    let code: string | undefined;
    let demonym = "";
    for (let j = i - 2 - comma; j >= Math.max(0, i - 5 - comma) && !code; j--) {
      // "North Korean" before "Korean": the longer demonym first.
      const two = j > 0 ? countryOfDemonym(`${words[j - 1].text} ${words[j].text}`) : undefined;
      const at = two ? j - 1 : j;
      code = two ?? countryOfDemonymWord(words[j]) ?? undefined;
      if (code)
        demonym = words
          .slice(at, i - comma)
          .map((w) => w.text)
          .join(" ");
    }
    if (!code) continue;
    const after = words[i].end;
    let prev: Member | null = null;
    for (const m of members) {
      if (m.start < after) continue;
      const gap = text.slice((prev?.end ?? after) - offset, m.start - offset);
      // The first name follows "including" closely; the next ones are joined by the list.
      if (prev ? !GAP.test(gap) : !/^[\s\p{Ll}-]*$/u.test(gap)) break;
      m.title = m.title ? { ...m.title } : emptyRole(demonym);
      m.title.country ??= code;
      m.title.countryText ??= demonym;
      prev = m;
    }
  }
}
