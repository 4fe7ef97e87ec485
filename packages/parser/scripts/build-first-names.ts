/**
 * Compiles the first-name table (../shared/kb/first-names.csv: US Social Security Administration
 * counts of baby names by sex, public domain) into data/names/first-names.json:
 * `pnpm --filter @whosaid/parser build:names`. A name is kept when at least MIN_COUNT babies had it
 * and at least SHARE of them had one sex; rare and balanced names ("Jordan", "Kim") stay unknown.
 * Names given to at least COMMON_COUNT babies are listed apart, as given names common enough to
 * tell a person by.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const MIN_COUNT = 100;
const SHARE = 0.95;
/** Births that make a name common enough to tell a person by (either sex): "Logan", "Brent". */
const COMMON_COUNT = 20000;

const here = dirname(fileURLToPath(import.meta.url));
const src = process.env.WHOSAID_KB_SRC ?? resolve(here, "../../../../shared/kb");
const out = resolve(here, "../data/names/first-names.json");

const female: string[] = [];
const male: string[] = [];
const common: string[] = [];
const [header, ...rows] = readFileSync(join(src, "first-names.csv"), "utf8").trim().split("\n");
if (header.trim() !== "name,female,male") throw new Error(`unexpected header: ${header}`);
for (const row of rows) {
  const [name, f, m] = row.split(",");
  const females = Number(f);
  const males = Number(m);
  const total = females + males;
  if (total < MIN_COUNT) continue;
  if (total >= COMMON_COUNT) common.push(name);
  if (females / total >= SHARE) female.push(name);
  else if (males / total >= SHARE) male.push(name);
}
female.sort();
male.sort();
common.sort();
writeFileSync(
  out,
  `${JSON.stringify({
    about: `US SSA first-name counts (public domain): female/male: names with >= ${MIN_COUNT} births, >= ${SHARE * 100} % one sex; common: names with >= ${COMMON_COUNT} births`,
    female: female.join("|"),
    male: male.join("|"),
    common: common.join("|"),
  })}\n`,
);
console.log(
  `first-names.json: ${female.length} female, ${male.length} male, ${common.length} common names`,
);
