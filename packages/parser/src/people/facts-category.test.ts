import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: what a person speaks as (category)", () => {
  it("keeps a public office before 'and' over a private occupation after it", () => {
    const list = peopleOf(
      "Halifax city councillor and tenant advocate Noor Baig said the bylaw failed. Former firefighter and Army veteran Gil Orton, 70, watched.",
    );
    expect(named(list, "Noor Baig")).toMatchObject({ category: "legislature", isOfficial: true });
    // The past office names no present one.
    expect(named(list, "Gil Orton")).toMatchObject({ category: "public", isOfficial: false });
  });

  it("files the specialist of a head of state's household under government", () => {
    const list = peopleOf("Presidential doctor Carla Voss told reporters the patient was fine.");
    expect(named(list, "Carla Voss")).toMatchObject({ category: "government", isOfficial: true });
  });

  it("reads campaign staff from a relative clause after the name", () => {
    const list = peopleOf(
      "Senator Ada Marsh launched her campaign for governor on Monday. Teo Rask, who runs Marsh's door-knocking operation in the suburbs, said volunteers were busy. Lina Ostrova spoke next, who managed the campaign of Ivan Dorn before he was disqualified.",
    );
    expect(named(list, "Teo Rask")).toMatchObject({
      category: "party",
      organization: "Marsh campaign",
    });
    expect(named(list, "Lina Ostrova")).toMatchObject({
      category: "party",
      organization: "Dorn campaign",
    });
  });

  it("does not read a company's own effort as a campaign", () => {
    const list = peopleOf(
      "Rui Salgado, who runs Fenwick's recycling effort at the plant, said bins were full.",
    );
    expect(named(list, "Rui Salgado").category).not.toBe("party");
  });

  it("reads an office held from 'who served as'", () => {
    const list = peopleOf(
      "On Friday, Ilse Varga, who served as Prime Minister of Hungary for two years, died aged 80.",
    );
    expect(named(list, "Ilse Varga")).toMatchObject({
      category: "government",
      role: "Former Prime Minister of Hungary",
      isOfficial: false,
    });
  });

  it("makes a former office-holder left as a party's presumptive nominee a candidate", () => {
    const list = peopleOf(
      "Former Governor Paul Okafor of Ohio leads the field. The withdrawal of his last rival left Okafor as the party's presumptive nominee.",
      { publishedAt: "2031-04-10" },
    );
    expect(named(list, "Paul Okafor")).toMatchObject({ category: "party", isOfficial: false });
  });

  it("gives staff to the candidate of two people who share a surname", () => {
    const list = peopleOf(
      "Nora Quill won the Green nomination on Tuesday, and her husband Abe Quill cheered. Quill press director Sam Ruiz said the count was fair.",
    );
    expect(named(list, "Sam Ruiz")).toMatchObject({
      category: "party",
      organization: "Quill campaign",
      isOfficial: false,
    });
  });

  it("makes the losers a nomination's winner beat candidates, whatever their trade", () => {
    const list = peopleOf(
      "At the party's online congress, Mira Hollen took the nomination on the third ballot, defeating surgeon Abel Tran, sculptor Ines Kovac and activist Ruth Belmonte.",
    );
    for (const name of ["Abel Tran", "Ines Kovac", "Ruth Belmonte"])
      expect(named(list, name)).toMatchObject({ category: "party", isOfficial: false });
  });

  it("files a body named for those it speaks for, or for its cause, as civil society", () => {
    const list = peopleOf(
      "Dara Quist, founder and chief executive of Gulf Coast Fishermen for Clean Water, said the spill was worse than reported. Ben Aldo, a realtor and co-founder of Save Millbrook Pond, agreed.",
    );
    expect(named(list, "Dara Quist").category).toBe("civil_society");
    expect(named(list, "Ben Aldo").category).toBe("civil_society");
  });

  it("reads the body after a role's 'of' over a word of its name that reads as a role", () => {
    const list = peopleOf(
      "Helen Walsh, the treasurer of Eastgate Secondary's parent council, says the gym is unsafe.",
    );
    expect(named(list, "Helen Walsh").category).toBe("civil_society");
  });

  it("gives a person listed under a plural office that office, not a past one", () => {
    const list = peopleOf(
      "The summit drew senior Moldovan diplomats, including Petru Cazan, a lead negotiator, and Ana Rusu. Retired ambassadors, including Ion Munteanu, wrote a letter.",
    );
    expect(named(list, "Petru Cazan")).toMatchObject({ category: "government", isOfficial: true });
    expect(named(list, "Ana Rusu")).toMatchObject({ category: "government", isOfficial: true });
    expect(named(list, "Ion Munteanu").isOfficial).toBe(false);
  });

  it("files the moderators of a debate as media", () => {
    const list = peopleOf(
      "The campaign complained that Lena Kurtz was unfair to it. Kurtz and Ola Brandt of Metro Eight are due to co-moderate Thursday's debate.",
    );
    expect(named(list, "Lena Kurtz").category).toBe("media");
    expect(named(list, "Ola Brandt").category).toBe("media");
  });

  it("files artists as public", () => {
    const list = peopleOf("Novelist Tamsin Orr and playwright Ezra Bell read from their work.");
    expect(named(list, "Tamsin Orr")).toMatchObject({ category: "public", isOfficial: false });
    expect(named(list, "Ezra Bell")).toMatchObject({ category: "public", isOfficial: false });
  });

  it("files a specialist at a named body of no known kind under business, unless it does research", () => {
    const list = peopleOf(
      "Deb Kline, a senior analyst at Kestrel Capital, said the market was calm. Ivo Marsh, threat researcher at Cobaltline, said the attack was new. Pia Lund, an economist at the Harwell Policy Institute, disagreed.",
    );
    expect(named(list, "Deb Kline")).toMatchObject({ category: "business", isOfficial: false });
    expect(named(list, "Ivo Marsh")).toMatchObject({ category: "business", isOfficial: false });
    expect(named(list, "Pia Lund")).toMatchObject({ category: "expert", isOfficial: false });
  });
});
