import type { Token } from "../doc.ts";
import { gazetteerAt } from "../places/find.ts";
import type { Mention } from "../types.ts";
import type { Resolved } from "./elsewhere.ts";
import { countryOfCity, ORG_LAST, PLACE_LAST } from "./lexicon.ts";

// "the Portland Foxes", "the Santa Fe Owls", "the Columbus Blue Jays": a city and a plural
// nickname name a team. The run is split below: the city may take one word or two, and so may
// the nickname.
const TEAM = /\b(?:\p{Lu}[\p{Ll}.]+ ){1,3}\p{Lu}\p{Ll}+s\b/gu;

/** The teams an article names, by nickname ("Foxes" → "Portland Foxes"). */
function articleTeams(text: string): Map<string, string> {
  const teams = new Map<string, string>();
  for (const m of text.matchAll(TEAM)) {
    const words = m[0].split(" ");
    for (const size of [1, 2]) {
      if (words.length <= size) continue;
      const nick = words.slice(-size).join(" ");
      const last = words.at(-1)!.toLowerCase();
      if (ORG_LAST.has(last) || PLACE_LAST.has(last) || countryOfCity(nick)) continue;
      // "The Portland Foxes": the city is the last one or two words before the nickname.
      const before = words.slice(0, -size);
      const city = [before.slice(-2), before.slice(-1)].find(isPlace)?.join(" ");
      if (city) {
        teams.set(nick, `${city} ${nick}`);
        break;
      }
    }
  }
  return teams;
}

// After a player's name: "of the Portland Foxes", "… scored twice for the Foxes".
const OF_TEAM = /^,? of the ((?:\p{Lu}[\p{Ll}.]+ ?)+)/u;
const FOR_TEAM = /^[^.;!?"“”]{0,80}?\bfor the (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?s)\b/u;

function teamAfter(text: string, m: Mention, teams: Map<string, string>): string | null {
  const after = text.slice(m.end, m.end + 120);
  // "… praised Dan Vale of the Halifax Owls.": the sentence's full stop is no part of the team.
  const of = OF_TEAM.exec(after)?.[1].trim().replace(/\.$/, "");
  if (of && [...teams.values()].includes(of)) return of;
  const team = FOR_TEAM.exec(after)?.[1];
  return (team && (teams.get(team) ?? ([...teams.values()].includes(team) ? team : null))) || null;
}

/**
 * Players of the teams a sports story names: "X of the Portland Foxes", "X had two goals for the
 * Foxes". Their team is their organization; a player speaks for no institution (public).
 */
export function playsFor(text: string, resolved: Resolved[], mentions: Mention[][]): void {
  const teams = articleTeams(text);
  if (teams.size === 0) return;
  resolved.forEach(({ d, r }, i) => {
    if (r.organization || d.media || r.isOfficial) return;
    const team = mentions[i].map((m) => teamAfter(text, m, teams)).find(Boolean);
    if (!team) return;
    r.organization = team;
    r.evidence = { ...r.evidence, organization: { value: team, evidence: `plays for ${team}` } };
    if (r.category === "unknown" || r.category === "public") {
      r.category = "public";
      r.evidence.category = { value: "public", evidence: `player of ${team}` };
    }
  });
}

/** The words are exactly a place the gazetteer or our lists know ("San Jose", "Halifax"). */
function isPlace(words: string[]): boolean {
  if (words.length === 0) return false;
  if (countryOfCity(words.join(" ")) !== undefined) return true;
  const tokens = words.map((text) => ({ text, start: 0, end: 0 })) as unknown as Token[];
  return gazetteerAt(tokens, 0)?.next === words.length;
}
