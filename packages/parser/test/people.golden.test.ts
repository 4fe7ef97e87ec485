import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { OFFICIAL_CATEGORIES, parseArticle } from "../src/index.ts";
import { resolvePersonByName } from "../src/people/index.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const name = "000_af0f069f709f29ef";
const text = readFileSync(join(fixtures, `${name}.txt`), "utf8");
const gold = JSON.parse(readFileSync(join(fixtures, `${name}.gold.json`), "utf8")) as {
  people: {
    name: string;
    aliases?: string[];
    country?: string;
    category?: string;
    role?: string;
    organization?: string;
  }[];
  notPeople: string[];
};
const parsed = parseArticle(text);
const norm = (s: string | null | undefined) => (s ?? "").toLowerCase().replace(/’/g, "'");

describe("people of the reference article", () => {
  it("finds exactly the gold people, one entry each", () => {
    expect(parsed.people.map((p) => p.name).sort()).toEqual(gold.people.map((p) => p.name).sort());
  });

  for (const g of gold.people) {
    it(`describes ${g.name} as the gold does`, () => {
      const p = parsed.people.find((x) => x.name === g.name)!;
      expect(p).toBeDefined();
      if (g.country) expect(p.country).toBe(g.country);
      if (g.category) expect(p.category).toBe(g.category);
      if (g.role) expect(norm(p.role)).toBe(norm(g.role));
      if (g.organization) expect(norm(p.organization)).toBe(norm(g.organization));
      for (const alias of g.aliases ?? []) expect(p.aliases).toContain(alias);
      for (const m of p.mentions) expect(parsed.text.slice(m.start, m.end)).toBe(m.text);
    });
  }

  it("names none of notPeople, and nobody from the related stories", () => {
    const names = parsed.people.flatMap((p) => [p.name, ...p.aliases]);
    for (const n of gold.notPeople) expect(names).not.toContain(n);
    const relatedStart = parsed.text.indexOf("Recommended Stories");
    for (const p of parsed.people)
      for (const m of p.mentions) expect(m.start).toBeLessThan(relatedStart);
  });

  it("merges the caption's Zelensky into Volodymyr Zelenskyy and resolves speaker spans", () => {
    const z = parsed.people.find((p) => p.name === "Volodymyr Zelenskyy")!;
    const caption = parsed.article.captions[2];
    expect(
      z.mentions.some(
        (m) => m.text === "Zelensky" && m.start >= caption.start && m.end <= caption.end,
      ),
    ).toBe(true);
    expect(resolvePersonByName(parsed.people, "Zelensky")?.id).toBe(z.id);
    expect(resolvePersonByName(parsed.people, "Commander-in-Chief Valery Zaluzhnyi")?.name).toBe(
      "Valery Zaluzhny",
    );
  });

  it("keeps evidence for country and category, and links office-holders to Wikidata", () => {
    const kuleba = parsed.people.find((p) => p.name === "Dmytro Kuleba")!;
    expect(kuleba.wikidataId).toBe("Q24025631");
    expect(kuleba.evidence.country?.evidence).toMatch(/^kb:Q24025631 Minister of Foreign Affairs/);
    for (const p of parsed.people) {
      if (p.country) expect(p.evidence.country?.value).toBe(p.country);
      if (p.category) expect(p.evidence.category?.value).toBe(p.category);
      expect(p.isOfficial).toBe(OFFICIAL_CATEGORIES.includes(p.category!));
    }
  });
});
