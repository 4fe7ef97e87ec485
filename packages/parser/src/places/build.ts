import type { PlaceKind } from "../types.ts";
import { nlp } from "../util/nlp.ts";

/** The inputs of the gazetteer build: country names, hand-written lists, demonyms. */
export interface GazetteerSource {
  countryNames: Record<string, string[]>;
  /** Short names news use, "Name|Alias", the first shown. */
  countryExtra: Record<string, string>;
  /** Names that are ordinary words in running text. */
  skip: string[];
  cities: Record<string, string[]>;
  /** Keyed by country code; "" for regions of several countries. */
  regions: Record<string, string[]>;
  waters: { sea: [string, string | null][]; peninsula: [string, string | null][] };
  demonyms: Record<string, string[]>;
}

/** A place of the gazetteer: name shown, kind, ISO country code or null. */
type GazetteerPlace = [name: string, kind: PlaceKind, country: string | null];

/** Tokens after the first, space-joined; the place index; 1 when the name is a demonym. */
type GazetteerEntry = [rest: string, place: number, demonym: 0 | 1];

/** The compiled gazetteer: places and an index from first token (as written) to entries. */
export interface Gazetteer {
  places: GazetteerPlace[];
  index: Record<string, GazetteerEntry[]>;
}

const its = nlp.its;

/** The tokens of a name as the sentences stage would split it. */
function nameTokens(name: string): string[] {
  return nlp.readDoc(name).tokens().out(its.value) as string[];
}

/** Compiles the gazetteer; on a name listed twice, the first list (countries) wins. */
export function buildGazetteer(src: GazetteerSource): Gazetteer {
  const places: GazetteerPlace[] = [];
  const index: Record<string, GazetteerEntry[]> = {};
  const taken = new Set<string>(src.skip);
  const add = (
    names: string[],
    kind: PlaceKind,
    country: string | null,
    demonyms: string[] = [],
  ) => {
    const id = places.push([names[0], kind, country]) - 1;
    const put = (name: string, demonym: 0 | 1) => {
      if (taken.has(name)) return;
      taken.add(name);
      const [first, ...rest] = nameTokens(name);
      index[first] = [...(index[first] ?? []), [rest.join(" "), id, demonym]];
    };
    for (const n of names) put(n, 0);
    for (const d of demonyms) put(d, 1);
  };
  for (const [code, names] of Object.entries(src.countryNames)) {
    const preferred = src.countryExtra[code]?.split("|") ?? [];
    const clean = names.filter((n) => !/[,(]/.test(n));
    if (preferred.length + clean.length === 0) continue;
    add([...new Set([...preferred, ...clean])], "country", code, src.demonyms[code] ?? []);
  }
  const list = (groups: Record<string, string[]>, kind: PlaceKind) => {
    for (const [code, entries] of Object.entries(groups))
      for (const e of entries) add(e.split("|"), kind, code || null);
  };
  list(src.cities, "city");
  list(src.regions, "region");
  for (const [e, code] of src.waters.sea) add(e.split("|"), "sea", code);
  for (const [e, code] of src.waters.peninsula) add(e.split("|"), "peninsula", code);
  for (const entries of Object.values(index)) {
    entries.sort(
      (a, b) => b[0].split(" ").length - a[0].split(" ").length || (a[0] < b[0] ? -1 : 1),
    );
  }
  return { places, index };
}
