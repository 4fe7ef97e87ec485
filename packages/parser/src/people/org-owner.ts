import regions from "../lexicon/place-regions.json" with { type: "json" };
import type { PersonCategory } from "../types.ts";
import { bodyOf, isOfficialCategory } from "./category.ts";
import type { Resolved } from "./elsewhere.ts";
import { countryOfCity } from "./lexicon.ts";
import type { RoleInfo } from "./role.ts";

// "the board's chair", "the agency's director", "the city's director of engineering": a body named
// by a common noun, owner of the role.
const OWNER = /^(?:the )?(?:former )?([a-z]+(?: [a-z]+)?)['’]s? /;
// Nouns of a place rather than a body: the place the article last named is the body.
const PLACE_NOUNS = new Set(["city", "town", "province", "state", "county", "municipality"]);
const CITY_NOUNS = new Set(["city", "town", "municipality"]);
// States, provinces and regions by every spelling ("Ohio", "British Columbia|B.C.").
const REGIONS = new Set(
  Object.entries(regions)
    .filter(([code]) => code !== "_about")
    .flatMap(([, names]) => (names as string[]).flatMap((n) => n.toLowerCase().split("|"))),
);
// Nouns of a body: the last capitalised name that ends in the noun ("the Okanagan School Board").
const BODY_NOUNS = new Set([
  "board",
  "agency",
  "authority",
  "council",
  "commission",
  "committee",
  "department",
  "ministry",
  "union",
  "association",
  "foundation",
  "society",
  "league",
  "institute",
  "university",
  "college",
  "school",
  "bank",
  "hospital",
  "museum",
  "network",
  "service",
  "office",
  "party",
]);
// How far back the body may have been named: the article's few paragraphs before.
const LOOK_BACK = 3000;
const CAP = String.raw`\p{Lu}[\p{L}&.'’-]*`;
const LINK = "(?:of|for|and|on|de|the)";

/** The last capitalised name ending in `noun` ("Board"), in `before`. */
function lastBodyNamed(before: string, noun: string): string | null {
  const last = noun.split(" ").at(-1)!;
  const cap = last[0].toUpperCase() + last.slice(1);
  const re = new RegExp(`(?:${CAP} (?:${LINK} )?){1,6}${cap}\\b(?: of(?: ${CAP}){1,3})?`, "gu");
  const found = [...before.matchAll(re)].at(-1)?.[0];
  return found?.replace(/^(?:(?:The|A|An|In|At|For|Of) )+/, "") ?? null;
}

/**
 * The last place of the noun's kind the text named in `before`: a city the gazetteer knows for
 * "the city's", a state or a province for "the province's".
 */
function lastPlaceNamed(before: string, noun: string): string | null {
  const fits = CITY_NOUNS.has(noun)
    ? (name: string) => !!countryOfCity(name) && !REGIONS.has(name.toLowerCase())
    : (name: string) => REGIONS.has(name.toLowerCase());
  const runs = [...before.matchAll(/\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}/gu)];
  for (let k = runs.length - 1; k >= 0; k--) {
    const words = runs[k][0].split(" ");
    // The run's tail first: "Mayor Ann Ko of Nanaimo" names the place last.
    for (let from = 0; from < words.length; from++) {
      const name = words.slice(from).join(" ");
      if (fits(name)) return name;
    }
  }
  return null;
}

/**
 * "Moyra Vale, the board's chair": a role whose body the text names by a common noun works for
 * the body of that kind the article named last before the person ("the Harbor School Board"),
 * or for the place last named ("the city's engineer" → the city). Its kind gives a category the
 * role alone did not.
 */
export function ownerBody(text: string, r: Resolved["r"], infos: RoleInfo[], at: number): void {
  if (r.organization) return;
  const owned = infos
    .filter((i) => !i.org)
    .map((i) => ({ i, noun: OWNER.exec(i.text)?.[1] }))
    .find((x) => x.noun && (PLACE_NOUNS.has(x.noun) || BODY_NOUNS.has(x.noun.split(" ").at(-1)!)));
  if (!owned?.noun) return;
  const before = text.slice(Math.max(0, at - LOOK_BACK), at);
  const place = PLACE_NOUNS.has(owned.noun);
  const body = place ? lastPlaceNamed(before, owned.noun) : lastBodyNamed(before, owned.noun);
  if (!body) return;
  giveOwnerBody(r, body, owned.i.text, place ? "government" : undefined);
}

/**
 * The body found for a role's owner becomes the person's organization; where the role gave no
 * category of note, the body's kind gives it (a place's owner: government), and a public body's
 * staff hold public office.
 */
export function giveOwnerBody(
  r: Resolved["r"],
  body: string,
  phrase: string,
  kind?: PersonCategory,
): void {
  const evidence = `${phrase} (${body})`;
  r.organization = body;
  r.evidence = { ...r.evidence, organization: { value: body, evidence } };
  if (r.category !== "unknown" && r.category !== "public") return;
  const category: PersonCategory | undefined = kind ?? bodyOf(body.split(/\s+/))?.category;
  if (!category || category === "unknown") return;
  r.category = category;
  r.evidence.category = { value: category, evidence };
  // A public body's own staff hold public office, as the role's category would have said.
  if (isOfficialCategory(category) && !/^former\b/i.test(r.role ?? "")) {
    r.isOfficial = true;
    r.evidence.official = { value: "true", evidence };
  }
}
