import { findOrganization } from "../kb/index.ts";
import type { Resolved } from "./elsewhere.ts";

// A capitalised word, or initials ("U.S."): no word ends a sentence inside a body's name.
const CAP = String.raw`(?:\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.){2,})`;

/**
 * A kind of body whose members a role names without the body: who counts as a member, and how
 * the article writes the bodies of that kind.
 */
interface Kind {
  /** A cheap test of the text before the names are read. */
  gate: RegExp;
  member: (r: Resolved["r"], role: string) => boolean;
  body: RegExp;
  /** The body's name from the words matched ("Oakdale's new city council" → "Oakdale city council"). */
  written?: (name: string) => string;
  /** Whether a member's role fits the body found (a supreme court seats justices, not judges). */
  fits?: (role: string, body: string) => boolean;
  /** Names the article may use that are not a body of the kind. */
  not?: RegExp;
}

const KINDS: Kind[] = [
  // "Green councillors Amy Ford and Bo Chan" in a story about the Oakdale city council.
  {
    gate: /[Cc]ouncil\b/,
    member: (_r, role) =>
      /\b(?:council(?:l?or|man|woman| member)s?|aldermen|alderman)$/i.test(role),
    // "the Oakdale City Council", "Oakdale's new city council".
    body: new RegExp(
      String.raw`\b((?:${CAP} ){1,3}(?:[Cc]ity |[Tt]own |[Cc]ounty |[Mm]unicipal |[Dd]istrict )?[Cc]ouncil|${CAP}['’]s (?:new |current |former )?(?:city|town|county|municipal|district) council)\b`,
      "gu",
    ),
    written: (name) => name.replace(/['’]s (?:new |current |former )?/, " "),
    not: /^(?:The|A|An|Security|Privy|European|National|Legislative|Executive)\b/,
  },
  // "Assistant Commissioner X" in a story about the RCMP; "police officer X" and the Dayton Police
  // Department.
  {
    gate: /Police|[A-Z]PD\b|RCMP|OPP\b/,
    member: (r, role) =>
      (r.category === "government" || r.category === "unknown") &&
      /\b(?:police|officer|constable|sergeant|detective|commissioner|superintendent|inspector|trooper|deputy chief)\b/i.test(
        role,
      ) &&
      !/\bchief \w+ officer\b|\b(?:information|executive|financial|medical|health)\b/i.test(role),
    body: new RegExp(
      String.raw`\b((?:${CAP} ){1,3}Police(?: Department| Service| Force)?|RCMP|OPP|[A-Z]{2,3}PD)\b`,
      "gu",
    ),
    not: /^(?:The|A|An|State|Military|Secret|Border|Capitol|Park|Transit)\b/,
  },
  // "Justice X" after "A Superior Court of Ontario judge ruled".
  {
    gate: /Court\b/,
    member: (r, role) =>
      r.category === "judiciary" &&
      !/^former /i.test(r.role ?? "") &&
      /\b(?:judge|justice|magistrate)$/i.test(role),
    body: new RegExp(String.raw`\b((?:${CAP} ){1,3}Court(?: of (?:${CAP} ?){1,3})?)`, "gu"),
    not: /^(?:The|A|An|In|At|Court)\b/,
    fits: (role, body) => !/\bSupreme\b/.test(body) || /\bjustice$/i.test(role),
  },
  // "Vice Admiral X" in a story about the Canadian Forces: a country's whole forces only (a
  // branch the story names, "the Air Force", need not be the admiral's).
  {
    gate: /Force/,
    member: (r) => r.category === "military",
    body: new RegExp(
      String.raw`\b((?:${CAP} ){0,2}(?:Armed|Defen[cs]e) Forces?|Canadian Forces)\b`,
      "gu",
    ),
    not: /^(?:Armed|Defen[cs]e) Forces?$/,
  },
  // "Secretary-General X" in a story about the U.N.
  {
    gate: /U\.N\.|\bUN\b|United Nations|NATO|OPEC|OSCE|Commonwealth|League/,
    member: (r, role) => r.category === "international" && /secretary[- ]general/i.test(role),
    body: /(?<![\p{L}.])(United Nations|U\.N\.|UN|NATO|OPEC|OSCE|Commonwealth|Arab League)(?![\p{L}])/gu,
  },
];

// "U.N." and "United Nations", "RCMP" and "Royal Canadian Mounted Police" are one body.
const same = (name: string) => (findOrganization(name)?.name ?? name).toLowerCase();

/** Most words of the line are capitalised (a headline in title case). */
function titleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6;
}

/** The one body of a kind the article names (as first written), or null for none or several. */
function soleBody(text: string, kind: Kind): string | null {
  const found = new Map<string, string>();
  // A headline's title case makes a name of any phrase ("Clinton Calls Out Police Shooting").
  const cut = text.indexOf("\n");
  const body = cut > 0 && titleCased(text.slice(0, cut)) ? text.slice(cut) : text;
  for (const m of body.matchAll(kind.body)) {
    // "Over Police Shooting" in a headline: words that open a phrase, not a body's name.
    const name = (kind.written?.(m[1]) ?? m[1])
      .trim()
      .replace(/^(?:(?:The|A|An|In|At|On|Over|For|Of|By|To|With|After|And) )+/, "");
    if (kind.not?.test(name) || !/\s|^[A-Z.]+$/.test(name)) continue;
    const key = same(name);
    if (!found.has(key)) found.set(key, name);
    if (found.size > 1) return null;
  }
  return [...found.values()][0] ?? null;
}

/**
 * A councillor, a police officer, a judge, an officer of the forces or a secretary-general whose
 * role names no body serves the one body of that kind the article names (its council, police
 * force, court, armed forces or international body); none when it names several.
 */
export function soleBodyOf(text: string, resolved: Resolved[]): void {
  for (const kind of KINDS) {
    const members = resolved.filter(({ d, r }) => {
      if (r.organization || d.media || !r.role) return false;
      return kind.member(r, r.role.replace(/^former /i, ""));
    });
    if (members.length === 0 || !kind.gate.test(text)) continue;
    const body = soleBody(text, kind);
    if (!body) continue;
    const evidence = `the one body of its kind named: ${body}`;
    for (const { r } of members) {
      if (kind.fits && !kind.fits(r.role ?? "", body)) continue;
      r.organization = body;
      r.evidence = { ...r.evidence, organization: { value: body, evidence } };
      // "patrol officer X" of the city's police: a public body's officer holds public office.
      if (r.category !== "unknown") continue;
      r.category = "government";
      r.evidence.category = { value: "government", evidence };
      if (!/^former\b/i.test(r.role ?? "")) {
        r.isOfficial = true;
        r.evidence.official = { value: "true", evidence };
      }
    }
  }
}
