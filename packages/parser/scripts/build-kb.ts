/**
 * Compiles the shared knowledge base (../shared/kb: Wikidata office-holders, national legislators
 * with their party, ROR organizations)
 * into the compact, committed form in data/kb/ that the parser loads at start-up:
 * `pnpm --filter @whosaid/parser build:kb`. Source folder: WHOSAID_KB_SRC (default ../shared/kb
 * beside the repository).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "../../../samples/csv.mjs";
import { isAcronym, orgKey } from "../src/kb/keys.ts";
import { foldName, nameWords, surnameKey } from "../src/people/keys.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const src = process.env.WHOSAID_KB_SRC ?? resolve(repoRoot, "../shared/kb");
const out = resolve(here, "../data/kb");

const sortedUnique = (lines: string[]) =>
  [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Rows of a CSV as objects by header name. */
function readRows(file: string): Record<string, string>[] {
  const rows = parseCsv(readFileSync(join(src, file), "utf8"));
  const header = rows.shift()!;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

// The Bundestag rows come from a file whose terms of use are not confirmed (see the KB README):
// used in development only, never shipped.
const NOT_SHIPPED = (r: Record<string, string>) => r.country === "DE";

/** Office-holders, extra foreign ministers and national legislators (with their party) that have a Wikidata id. */
function sourceRows(): (Record<string, string> & { kind: string })[] {
  const offices = [...readRows("officeholders.csv"), ...readRows("officeholders-extra.csv")];
  const seats = readRows("legislators.csv").filter((r) => !NOT_SHIPPED(r));
  return [
    ...offices.map((r) => ({ ...r, party: "", kind: "" })),
    ...seats.map((r) => ({ ...r, kind: "L" })),
  ];
}

function buildOfficeholders(): void {
  const positions: string[] = [];
  const posIndex = new Map<string, number>();
  const people = new Map<string, { names: Set<string>; gender: string; terms: string[] }>();
  const givenFrom = new Set<string>();
  for (const row of sourceRows()) {
    const r = row;
    if (!r.wikidata_id) continue;
    let p = people.get(r.wikidata_id);
    if (!p) {
      p = { names: new Set(), gender: r.gender, terms: [] };
      people.set(r.wikidata_id, p);
    }
    // Office-holders' given names join the list of known given names; legislators' do not (a
    // larger list would make more capitalised words look like names).
    if (!r.kind) givenFrom.add(r.wikidata_id);
    for (const n of [r.name, r.enwiki.replace(/\s*\([^)]*\)\s*$/, "")]) {
      if (n && /[A-Za-z]/.test(n)) p.names.add(n.trim());
    }
    if (!posIndex.has(r.position)) {
      posIndex.set(r.position, positions.length);
      positions.push(r.position);
    }
    const party = r.party.replace(/[~;\t\n]/g, " ");
    const term = [r.country, posIndex.get(r.position), r.start, r.end, party, r.kind];
    p.terms.push(term.join("~").replace(/~+$/, ""));
  }
  const lines: string[] = [];
  const index: string[] = [];
  const given = new Map<string, number>();
  for (const [qid, p] of people) {
    if (p.names.size === 0) continue;
    const names = [...p.names];
    const idx = lines.length;
    lines.push([qid, names.join("|"), p.gender, p.terms.join(";")].join("\t"));
    for (const n of names) {
      if (nameWords(n).length < 2) continue;
      index.push(`${surnameKey(n)}\t${idx}`);
      const first = nameWords(n)[0];
      if (givenFrom.has(qid) && /^[A-Z][a-z]+$/.test(first))
        given.set(first, (given.get(first) ?? 0) + 1);
    }
  }
  const givenNames = [...given].filter(([, c]) => c >= 2).map(([g]) => foldName(g));
  const data = {
    about:
      "Compiled from ../shared/kb/officeholders.csv, officeholders-extra.csv and legislators.csv (Wikidata, EveryPolitician, congress-legislators: CC0) by scripts/build-kb.ts",
    positions: positions.join("\n"),
    people: lines.join("\n"),
    surnameIndex: sortedUnique(index).join("\n"),
    givenNames: sortedUnique(givenNames).join(" "),
  };
  writeFileSync(join(out, "officeholders.json"), `${JSON.stringify(data)}\n`);
  console.log(
    `officeholders: ${lines.length} people, ${positions.length} positions, ${givenNames.length} given names`,
  );
}

const TYPE_ORDER = [
  "government",
  "education",
  "nonprofit",
  "healthcare",
  "facility",
  "company",
  "archive",
  "other",
  "funder",
];

const KEPT_TYPES = ["education", "government", "nonprofit", "funder", "other"];

function buildOrganizations(): void {
  const orgs: string[] = [];
  const index: string[] = [];
  for (const line of readFileSync(join(src, "organizations-ror.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as {
      name: string;
      aliases: string[];
      country: string;
      types: string[];
    };
    // Companies, facilities, hospitals and archives are seldom cited as employers of sources in
    // news; the org-type word lists catch their names ("Hospital", "Inc.") anyway.
    if (!KEPT_TYPES.some((t) => o.types.includes(t))) continue;
    const type = TYPE_ORDER.find((t) => o.types.includes(t)) ?? "other";
    const idx = orgs.length;
    orgs.push([o.name.replace(/\t|\n/g, " "), o.country ?? "", type].join("\t"));
    const aliases = o.aliases.filter((a) => /^[\x20-\x7e]{1,60}$/.test(a));
    for (const n of [o.name, ...aliases]) {
      const key = orgKey(n);
      // Keys of one short word would shadow ordinary words and surnames ("Wellcome", "Reading").
      if (key.length < 3) continue;
      // ROR's acronyms ("AIS", "SEN", "COL") collide with ordinary capitals in news: left out.
      if (!isAcronym(n) && key.includes(" ")) index.push(`${key}\t${idx}`);
    }
  }
  const data = {
    about: "Compiled from ../shared/kb/organizations-ror.jsonl (ROR, CC0) by scripts/build-kb.ts",
    organizations: orgs.join("\n"),
    index: sortedUnique(index).join("\n"),
  };
  writeFileSync(join(out, "organizations.json"), `${JSON.stringify(data)}\n`);
  console.log(`organizations: ${orgs.length} organizations, ${index.length} names`);
}

buildOfficeholders();
buildOrganizations();
