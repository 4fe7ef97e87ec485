import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../pipeline.ts";

const text = readFileSync(
  new URL("../../test/fixtures/000_af0f069f709f29ef.txt", import.meta.url),
  "utf8",
);
const gold = JSON.parse(
  readFileSync(
    new URL("../../test/fixtures/000_af0f069f709f29ef.gold.json", import.meta.url),
    "utf8",
  ),
);
const parsed = parseArticle(text);
const labels = parsed.topics.map((t) => t.path.join(" > ").toLowerCase());

describe("topics stage on the reference article", () => {
  it("ranks armed conflict/war and a diplomacy or peace concept near the top", () => {
    const top = labels.slice(0, 4);
    for (const family of gold.topics.mustInclude as string[][]) {
      expect(
        top.some((l) => family.some((w) => l.includes(w))),
        family.join("/"),
      ).toBe(true);
    }
    expect(parsed.topics[0].id).toMatch(/^medtop:\d{8}$/);
    expect(parsed.topics[0].path.at(-1)).toBe(parsed.topics[0].label);
  });

  it("takes no topic from the related stories", () => {
    for (const banned of gold.topics.mustNotInclude as string[]) {
      expect(
        labels.filter((l) => l.includes(banned)),
        banned,
      ).toEqual([]);
    }
  });

  it("finds the places with kind and country", () => {
    const byName = new Map(parsed.places.map((p) => [p.name, p]));
    const expected: [string, string, string | null][] = [
      ["Ukraine", "country", "UA"],
      ["Russia", "country", "RU"],
      ["Kherson", "city", "UA"],
      ["Kyiv", "city", "UA"],
      ["Crimean Peninsula", "peninsula", "UA"],
      ["Bali", "region", "ID"],
      ["Kinburn Peninsula", "peninsula", "UA"],
      ["Black Sea", "sea", null],
      ["Indonesia", "country", "ID"],
      ["United States", "country", "US"],
      ["United Kingdom", "country", "GB"],
      ["London", "city", "GB"],
      ["Washington", "city", "US"],
      ["Moscow", "city", "RU"],
    ];
    for (const [name, kind, country] of expected) {
      expect(byName.get(name), name).toMatchObject({ kind, country });
    }
    for (const p of parsed.places) {
      for (const m of p.mentions) expect(parsed.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("takes no place or date from the related stories", () => {
    const names = parsed.places.map((p) => p.name);
    for (const name of ["Utah", "Poland", "Arizona", "Iran", "China", "Qatar", "New Jersey"]) {
      expect(names, name).not.toContain(name);
    }
    const related = text.indexOf("Recommended Stories");
    expect(parsed.dates.filter((d) => d.start > related)).toEqual([]);
  });

  it("resolves the relative dates against the article date", () => {
    const dates = new Map(parsed.dates.map((d) => [d.text, d]));
    for (const [phrase, date] of Object.entries(gold.dates as Record<string, string>)) {
      expect(dates.get(phrase)?.date, phrase).toBe(date);
    }
    expect(dates.get("last week")).toMatchObject({ date: "2022-11-07", endDate: "2022-11-13" });
    expect(dates.get("Nov. 15, 2022")?.date).toBe("2022-11-15");
  });

  const statement = (start: string) => parsed.quotes.find((q) => q.text.startsWith(start));

  it("dates Zaluzhny's statement by its sentence: late Monday", () => {
    expect(statement("Ukrainian servicemen accept no talks")?.statedAt).toBe("2022-11-14");
    expect(statement("This is what Russia has to say")?.statedAt).toBe("2022-11-15");
  });

  it("gives Kuleba's and Lavrov's statements a diplomacy or peace-talks topic", () => {
    for (const start of [
      "This is what Russia has to say",
      "all problems are on the Ukrainian side",
    ]) {
      const topics = statement(start)?.topics.map((t) => t.label) ?? [];
      expect(
        topics.some((l) => /diplomacy|peace/.test(l)),
        `${start}: ${topics}`,
      ).toBe(true);
    }
  });

  it("lists salient multi-word key phrases", () => {
    const phrases = parsed.keyPhrases.map((k) => k.text);
    expect(phrases).toContain("peace talks");
    expect(phrases).toContain("energy infrastructure");
    expect(phrases.every((p) => p.includes(" "))).toBe(true);
  });
});
