import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("people: title before the name", () => {
  it("strips titles in any case and reads role and country from them", () => {
    const list = peopleOf(
      "Russian Foreign Minister Sergey Lavrov spoke first.\n\nLater, foreign minister Dmytro Kuleba said no. Ukraine's defense minister Oleksii Reznikov agreed.",
    );
    const lavrov = named(list, "Sergey Lavrov");
    expect(lavrov).toMatchObject({
      role: "Foreign Minister",
      country: "RU",
      category: "government",
      isOfficial: true,
    });
    expect(lavrov.evidence.country?.evidence).toContain("Russian");
    expect(named(list, "Dmytro Kuleba")).toMatchObject({
      role: "Foreign Minister",
      category: "government",
    });
    expect(named(list, "Oleksii Reznikov")).toMatchObject({
      country: "UA",
      role: "Defense Minister",
    });
  });

  it("reads military ranks and compound titles", () => {
    const list = peopleOf(
      "Commander-in-Chief Valery Zaluzhny wrote on Telegram. Gen. Mark Milley spoke.",
    );
    expect(named(list, "Valery Zaluzhny")).toMatchObject({
      role: "Commander-in-Chief",
      category: "military",
    });
    expect(named(list, "Mark Milley").aliases).toContain("Gen. Mark Milley");
  });
});

describe("people: appositive after the name", () => {
  it("takes role, organization and the organization's country", () => {
    const list = peopleOf(
      "“It suits neither side,” said Frank Ledwidge, a senior lecturer of law and strategy at the University of Portsmouth in the United Kingdom.\n\n“They clearly have plans,” said Rajan Menon, a director at Defense Priorities, a Washington-based think tank.",
    );
    expect(named(list, "Frank Ledwidge")).toMatchObject({
      role: "Senior Lecturer of Law and Strategy",
      organization: "University of Portsmouth",
      country: "GB",
      category: "expert",
      isOfficial: false,
    });
    expect(named(list, "Rajan Menon")).toMatchObject({
      role: "Director",
      organization: "Defense Priorities",
      country: "US",
      category: "expert",
    });
  });

  it("keeps 'of' bodies in the role", () => {
    const list = peopleOf(
      "Gen. Mark Milley, chairman of the Joint Chiefs of Staff, described a window.",
    );
    expect(named(list, "Mark Milley")).toMatchObject({
      role: "Chairman of the Joint Chiefs of Staff",
      organization: "Joint Chiefs of Staff",
      country: "US",
      category: "military",
    });
  });
});

describe("people: byline and photo credits", () => {
  it("makes authors media people of the source", () => {
    const text =
      "Story title\nJane Doe and John Roe\n\nThe minister spoke on Tuesday about the war.";
    const list = peopleOf(text, {
      authors: ["Jane Doe", "John Roe"],
      source: "NBC News",
      title: "Story title",
    });
    const jane = named(list, "Jane Doe");
    expect(jane).toMatchObject({ role: "author", organization: "NBC News", category: "media" });
    expect(text.slice(jane.mentions[0].start, jane.mentions[0].end)).toBe("Jane Doe");
  });

  it("makes credited photographers media people of the agency", () => {
    const text =
      "Headline\n\nThe war goes on.\n\nLavrov at G20 in Bali on Nov. 15, 2022. (Achmad Ibrahim / AFP - Getty Images)\n\nMore text follows here.";
    const ibrahim = named(peopleOf(text, { title: "Headline" }), "Achmad Ibrahim");
    expect(ibrahim).toMatchObject({ role: "photographer", organization: "AFP", category: "media" });
    expect(text.slice(ibrahim.mentions[0].start, ibrahim.mentions[0].end)).toBe("Achmad Ibrahim");
  });
});

describe("people: aliases", () => {
  it("merges surname-only mentions into the full name", () => {
    const text =
      "Headline\n\nRajan Menon, a director at Defense Priorities, spoke. “It makes sense,” Menon said. Later Menon added more.";
    const menon = named(peopleOf(text, { title: "Headline" }), "Rajan Menon");
    expect(menon.aliases).toEqual(["Menon"]);
    expect(
      named(peopleOf("Jake Sullivan, the national security adviser, spoke."), "Jake Sullivan")
        .aliases,
    ).toEqual(["Sullivan"]);
    expect(menon.mentions.map((m) => m.kind)).toEqual(["name", "surname", "surname"]);
    for (const m of menon.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("merges transliteration variants into one person", () => {
    const list = peopleOf(
      "Ukrainian President Volodymyr Zelenskyy spoke. Later Zelensky and Zelenskiy were quoted.",
    );
    const z = list.filter((p) => p.name.startsWith("Volodymyr"));
    expect(z).toHaveLength(1);
    expect(z[0].aliases).toEqual(expect.arrayContaining(["Zelensky", "Zelenskiy"]));
    expect(z[0].mentions.filter((m) => m.kind === "alias")).toHaveLength(2);
  });
});

describe("people: organizations, places and terms are not people", () => {
  it("rejects organizations, places, events and platforms", () => {
    const list = peopleOf(
      "Keir Giles, a senior consulting fellow at Chatham House, a London-based think tank, said so. Officials told NBC News that the Joint Chiefs of Staff met. Forces reached the Kinburn Peninsula and the Crimean Peninsula near the Black Sea. It was like D-Day, he said on Twitter and Telegram at the G-20. Defense Priorities said nothing. Democrats retained control of the Senate.",
    );
    expect(list.map((p) => p.name)).toEqual(["Keir Giles"]);
    expect(named(list, "Keir Giles")).toMatchObject({
      organization: "Chatham House",
      country: "GB",
      category: "expert",
    });
  });

  it("gives no people for articles in another language", () => {
    expect(
      peopleOf("Präsident Wolodymyr Selenskyj sagte am Dienstag etwas.", { language: "de" }),
    ).toEqual([]);
  });
});

describe("people: knowledge base", () => {
  it("matches office-holders at the article's date, across spellings", () => {
    const list = peopleOf("Commander-in-Chief Valery Zaluzhny wrote on Telegram.");
    const z = named(list, "Valery Zaluzhny");
    expect(z.wikidataId).toBe("Q54964679");
    expect(z.country).toBe("UA");
    expect(z.evidence.country?.evidence).toMatch(/^kb:Q\d+ Commander-in-Chief/);
  });

  it("resolves a titled surname to the office-holder of the day", () => {
    const list = peopleOf("President Trump said he would build the wall.", {
      publishedAt: "2019-01-07",
    });
    expect(list[0]).toMatchObject({ name: "Donald Trump", wikidataId: "Q22686", country: "US" });
    expect(list[0].mentions[0].text).toBe("Trump");
  });

  it("does not give a later office as the role at an earlier date", () => {
    const list = peopleOf("Donald Trump said he would build a wall.", {
      publishedAt: "2015-12-01",
    });
    expect(named(list, "Donald Trump").role).toBeNull();
  });
});

describe("people: titles set off by commas and titles that end in a head", () => {
  it("reads a role before the name between commas", () => {
    const list = peopleOf(
      "Afterwards a State Department spokesperson, Morgan Ortagus, said the US was disappointed.",
    );
    expect(named(list, "Morgan Ortagus")).toMatchObject({
      role: "Spokesperson",
      category: "government",
    });
  });

  it("keeps a two-word head whole and a role's domain in the role", () => {
    const list = peopleOf(
      "Attorney General Eric Schneiderman said so. It was shown by Speaker of the House Newt Gingrich’s plan.",
    );
    expect(named(list, "Eric Schneiderman")).toMatchObject({
      role: "Attorney General",
      category: "government",
    });
    expect(named(list, "Newt Gingrich")).toMatchObject({ country: "US", category: "legislature" });
  });

  it("gives no country from an organization name shared across countries", async () => {
    const { findOrganization } = await import("../kb/index.ts");
    expect(findOrganization("King's College London")?.country).toBe("GB");
    expect(findOrganization("Northwestern University")?.country).toBeNull();
  });
});

describe("people: weaker evidence", () => {
  it("takes the country from context only when the article's places agree", () => {
    const text =
      "A fire broke out in Gdańsk, Poland. Firefighters from Warsaw and Kraków came. Tomasz Kubiak, a fire service spokesman, told reporters the victims were in hospital.";
    const kubiak = named(peopleOf(text), "Tomasz Kubiak");
    expect(kubiak.country).toBe("PL");
    expect(kubiak.evidence.country?.evidence).toMatch(/^context: /);
    const mixed = peopleOf(
      "Talks in Paris, Moscow and Kyiv went on. Tomasz Kubiak, a fire service spokesman, told reporters.",
    );
    expect(named(mixed, "Tomasz Kubiak").country).toBeNull();
  });

  it("merges nicknames and words stuck before a known name", () => {
    const list = peopleOf(
      "Joe Biden spoke first. Joseph R. Biden said later that Crooked Hillary Clinton and Hillary Clinton were one, he said.",
    );
    expect(list.map((p) => p.name).sort()).toEqual(["Hillary Clinton", "Joe Biden"]);
  });

  it("reads a name signing a quotation after a dash", () => {
    const list = peopleOf(
      "“He represents our greatest shame.” ― Sonya Herridge\n\n“I am afraid.” ― Beck Pimentel",
    );
    expect(list.map((p) => p.name).sort()).toEqual(["Beck Pimentel", "Sonya Herridge"]);
  });
});

describe("people: international bodies and places in names", () => {
  it("gives officials of international bodies no country", () => {
    const ban = named(
      peopleOf("Ban Ki-moon, the secretary general of the United Nations, said so.", {
        publishedAt: "2016-09-20",
      }),
      "Ban Ki-moon",
    );
    expect(ban).toMatchObject({ country: null, category: "international", isOfficial: true });
  });

  it("does not read a given name that is also a country as a title", () => {
    const list = peopleOf(
      "Chad Bown, an expert on trade at the Peterson Institute for International Economics, said so.",
    );
    // Not Chad's; and a think tank hires from anywhere, so it places nobody.
    expect(named(list, "Chad Bown").country).toBeNull();
  });
});

describe("people: staff and party members", () => {
  it("gives staff the country of the person they work for, and party members their party's", () => {
    const list = peopleOf(
      "Hillary Clinton, the Democratic nominee, spoke. Clinton campaign spokesman Brian Fallon said no. Senator Dianne Feinstein, Democrat of California, said yes.",
      { publishedAt: "2016-09-27" },
    );
    expect(named(list, "Brian Fallon").evidence.country?.evidence).toMatch(
      /^works for Hillary Clinton \(US\)/,
    );
    expect(named(list, "Dianne Feinstein")).toMatchObject({
      country: "US",
      category: "legislature",
      party: "Democratic Party",
      isOfficial: true,
    });
  });
});
