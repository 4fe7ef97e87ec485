import { memo } from "../util/memo.ts";
import { loadOfficeholders } from "./data.ts";
import { SortedLines, Utf8Lines } from "./lines.ts";

/** One period in office, from Wikidata. Dates are YYYY, YYYY-MM or YYYY-MM-DD; end "" = open. */
export interface Term {
  country: string | null;
  position: string;
  start: string;
  end: string;
  /** Party or parliamentary group of a legislator's term, as the source writes it ("" if none). */
  party: string;
  /** A seat in a national legislature (legislators.csv), not an office. */
  legislature: boolean;
}

/** A person who held a public office (Wikidata office-holders export). */
export interface Officeholder {
  wikidataId: string;
  names: string[];
  gender: string;
  terms: Term[];
}

interface Tables {
  positions: string[];
  people: Utf8Lines;
  surnameIndex: SortedLines;
  givenNames: Set<string>;
}

let tables: Tables | null = null;

// Split lazily on first use: importing the parser stays cheap for callers that never need people.
function load(): Tables {
  if (!tables) {
    const data = loadOfficeholders();
    tables = {
      positions: data.positions.split("\n"),
      people: new Utf8Lines(data.people),
      surnameIndex: new SortedLines(data.surnameIndex),
      givenNames: new Set(data.givenNames.split(" ")),
    };
  }
  return tables;
}

function decode(line: string, positions: string[]): Officeholder {
  const [wikidataId, names, gender, terms] = line.split("\t");
  return new DecodedHolder(wikidataId, names.split("|"), gender, terms, positions);
}

/**
 * An office-holder whose terms are read from its line when first asked for: a common surname
 * has hundreds of office-holders, and most look-ups keep only those whose full name matches.
 */
class DecodedHolder implements Officeholder {
  private decoded: Term[] | null = null;

  constructor(
    readonly wikidataId: string,
    readonly names: string[],
    readonly gender: string,
    private readonly rawTerms: string,
    private readonly positions: string[],
  ) {}

  get terms(): Term[] {
    this.decoded ??= this.rawTerms.split(";").map((t) => {
      const [country, pos, start, end, party, kind] = t.split("~");
      // INT marks an international body (named in the position): it is no country.
      return {
        country: country && country !== "INT" ? country : null,
        position: this.positions[Number(pos)],
        start,
        end,
        party: party ?? "",
        legislature: kind === "L",
      };
    });
    return this.decoded;
  }
}

/**
 * Office-holders any of whose names has this surname key (see `surnameKey`). The same surnames
 * are asked for again and again (each mention, each gender question): decoded once, the list is
 * shared, so callers must not change it or its office-holders.
 */
export const officeholdersBySurname = memo((key: string): readonly Officeholder[] => {
  const t = load();
  return t.surnameIndex.lookup(key).map((i) => decode(t.people.line(Number(i)), t.positions));
}, 1_000);

/** True when the folded word is a given name of at least two office-holders. */
export function isKnownGivenName(folded: string): boolean {
  return load().givenNames.has(folded);
}

/** True when the term covers the date (YYYY-MM-DD); partial dates are read generously. */
export function termCovers(term: Term, date: string): boolean {
  if (term.start && term.start.slice(0, date.length) > date) return false;
  if (term.end && `${term.end}\uffff` < date) return false;
  return true;
}

/** Text of a term for evidence, e.g. "Minister of Foreign Affairs (UA), 2020-03-04 –". */
export function describeTerm(term: Term): string {
  return `${term.position}${term.country ? ` (${term.country})` : ""}, ${term.start || "?"} – ${term.end}`.trim();
}
