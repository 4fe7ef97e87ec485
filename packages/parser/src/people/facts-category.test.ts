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
});
