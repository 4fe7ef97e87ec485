import { describe, expect, it } from "vitest";
import type { Doc } from "../doc.ts";
import { makeDoc } from "../topics/make-doc.ts";
import { findPlaces } from "./find.ts";

const places = (doc: Doc) => new Map(findPlaces(doc).map((p) => [p.name, p]));

describe("places", () => {
  const doc = makeDoc({
    title: "Storm nears Florida",
    paragraphs: [
      "Officials in Washington and Moscow traded words as Kyiv's forces moved toward the Dnipro River.",
      "Ships in the Black Sea and the Sea of Azov were told to stay in port near Sevastopol, on the Crimean Peninsula.",
      "Ukrainian and French leaders met in the U.S. and the UK; the Korean Peninsula stayed calm.",
      "Forces reached the Zubra Peninsula south of Mykolaiv, in the Mykolaiv region.",
      "He told us about the US plan for Turkey and New South Wales.",
    ],
    captions: ["Leaders at a summit in Bali."],
  });
  const found = places(doc);

  it("finds countries, cities, regions, seas and peninsulas with their country", () => {
    expect(found.get("United States")).toMatchObject({ kind: "country", country: "US" });
    expect(found.get("United States")?.mentions.map((m) => m.text)).toEqual(["U.S.", "US"]);
    expect(found.get("United Kingdom")).toMatchObject({ kind: "country", country: "GB" });
    expect(found.get("Washington")).toMatchObject({ kind: "city", country: "US" });
    expect(found.get("Kyiv")).toMatchObject({ kind: "city", country: "UA" });
    expect(found.get("Florida")).toMatchObject({ kind: "region", country: "US" });
    expect(found.get("New South Wales")).toMatchObject({ kind: "region", country: "AU" });
    expect(found.get("Black Sea")).toMatchObject({ kind: "sea", country: null });
    expect(found.get("Sea of Azov")).toMatchObject({ kind: "sea" });
    expect(found.get("Crimean Peninsula")).toMatchObject({ kind: "peninsula", country: "UA" });
    expect(found.get("Korean Peninsula")).toMatchObject({ kind: "peninsula", country: null });
    expect(found.get("Bali")).toMatchObject({ kind: "region", country: "ID" });
    expect(found.get("Turkey")).toMatchObject({ kind: "country", country: "TR" });
  });

  it("maps demonyms to their countries", () => {
    expect(found.get("Ukraine")?.mentions.map((m) => m.text)).toEqual(["Ukrainian"]);
    expect(found.get("France")?.mentions.map((m) => m.text)).toEqual(["French"]);
  });

  it("infers the country of an unlisted place from the places around it", () => {
    expect(found.get("Zubra Peninsula")).toMatchObject({ kind: "peninsula", country: "UA" });
    expect(found.get("Mykolaiv region")).toMatchObject({ kind: "region", country: "UA" });
  });

  it("keeps exact offsets and skips lower-case words and people's names", () => {
    for (const p of found.values())
      for (const m of p.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(found.has("us")).toBe(false);
    const withPerson: Doc = {
      ...doc,
      people: [
        {
          id: "p1",
          name: "Jordan Peterson",
          aliases: [],
          country: null,
          category: null,
          isOfficial: false,
          role: null,
          organization: null,
          party: null,
          wikidataId: null,
          evidence: {},
          mentions: [
            {
              text: "Turkey",
              start: doc.text.indexOf("Turkey"),
              end: doc.text.indexOf("Turkey") + 6,
              kind: "name",
            },
          ],
        },
      ],
    };
    expect(places(withPerson).has("Turkey")).toBe(false);
  });
});
