import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import cities from "../lexicon/place-cities.json" with { type: "json" };
import extra from "../lexicon/place-countries.json" with { type: "json" };
import demonyms from "../lexicon/place-demonyms.json" with { type: "json" };
import regions from "../lexicon/place-regions.json" with { type: "json" };
import waters from "../lexicon/place-waters.json" with { type: "json" };
import type { GazetteerSource } from "./build.ts";

const withoutAbout = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== "_about"));

/** The gazetteer's inputs: i18n-iso-countries' English names and our place-*.json lists. */
export function gazetteerSource(): GazetteerSource {
  countries.registerLocale(en);
  return {
    countryNames: countries.getNames("en", { select: "all" }) as Record<string, string[]>,
    countryExtra: extra.names as Record<string, string>,
    skip: extra.skip,
    cities: withoutAbout(cities) as Record<string, string[]>,
    regions: withoutAbout(regions) as Record<string, string[]>,
    waters: {
      sea: waters.sea as [string, string | null][],
      peninsula: waters.peninsula as [string, string | null][],
    },
    demonyms: withoutAbout(demonyms) as Record<string, string[]>,
  };
}
