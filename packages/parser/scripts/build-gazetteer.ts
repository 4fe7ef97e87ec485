/**
 * Builds data/gazetteer/gazetteer.json (run: pnpm build:gazetteer) from the country names of
 * i18n-iso-countries and the hand-written lists src/lexicon/place-*.json: every name and alias
 * tokenised as the sentences stage tokenises text, in an index keyed by its first token.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGazetteer } from "../src/places/build.ts";
import { gazetteerSource } from "../src/places/source.ts";

const gazetteer = buildGazetteer(gazetteerSource());
const out = join(dirname(fileURLToPath(import.meta.url)), "../data/gazetteer/gazetteer.json");
writeFileSync(out, `${JSON.stringify(gazetteer)}\n`);
console.log(
  `gazetteer.json: ${gazetteer.places.length} places, ${Object.keys(gazetteer.index).length} first tokens`,
);
