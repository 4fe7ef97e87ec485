import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: bodies named by a common noun or a place", () => {
  it("finds the body a possessive common noun stands for, and its kind", () => {
    const list = peopleOf(
      "The Larchmont Valley School Board voted on Monday to merge two schools. The board's chair, Wren Albury, said the vote was close.",
    );
    expect(named(list, "Wren Albury")).toMatchObject({
      organization: "Larchmont Valley School Board",
      category: "government",
      isOfficial: true,
    });
  });

  it("takes the city last named for 'the city's' role, not a state", () => {
    const list = peopleOf(
      "Ice closed roads in Toronto on Monday, as it had in Vermont. The city's roads engineer, Oskar Lindqvist, said crews worked all night.",
    );
    expect(named(list, "Oskar Lindqvist")).toMatchObject({
      organization: "Toronto",
      category: "government",
    });
  });

  it("gives a specialist the kind of the body that owns the role", () => {
    const list = peopleOf(
      "The government's lawyer, Perpetua Hale, asked for more time. Jonas Wirth, the bank's chief economist, expects lower rates.",
    );
    expect(named(list, "Perpetua Hale")).toMatchObject({ category: "government" });
    expect(named(list, "Jonas Wirth")).toMatchObject({ category: "business", isOfficial: false });
  });

  it("reads the place a mayor or a governor serves as the body", () => {
    const list = peopleOf(
      "Ines Marlowe, the mayor of Quillsby, declared an emergency. Gov. Anders Pike of Montana sent help.",
    );
    expect(named(list, "Ines Marlowe")).toMatchObject({ organization: "Quillsby" });
    expect(named(list, "Anders Pike")).toMatchObject({ organization: "Montana" });
  });
});

describe("person facts: candidates read from the race", () => {
  it("reads a won primary or nomination as a candidacy, for that party", () => {
    const list = peopleOf(
      "Selma Croft clinched the Republican nomination on Tuesday. Croft thanked her staff in Reno.",
      { publishedAt: "2032-06-10" },
    );
    expect(named(list, "Selma Croft")).toMatchObject({
      category: "party",
      organization: "Republican Party",
      isOfficial: false,
    });
  });

  it("reads a front-runner as a candidate and an office sought as no employer", () => {
    const list = peopleOf(
      "Democratic front-runner Hal Brennan spoke in Ames. White House hopeful Mira Stone spoke after him.",
      { publishedAt: "2032-01-20" },
    );
    expect(named(list, "Hal Brennan")).toMatchObject({
      category: "party",
      organization: "Democratic Party",
    });
    expect(named(list, "Mira Stone")).toMatchObject({ category: "party", organization: null });
  });
});

describe("person facts: teams, courts and a city's police", () => {
  it("reads a two-word nickname after a one-word city as a team", () => {
    const list = peopleOf(
      "The Denver Night Owls beat the Portland Foxes 4-1. Peter Virta of the Denver Night Owls scored twice.",
    );
    expect(named(list, "Peter Virta")).toMatchObject({ organization: "Denver Night Owls" });
  });

  it("gives a judge the court the title names, and a city's police officer the city", () => {
    const list = peopleOf(
      "Marta Quill, a United States District judge, set a hearing. Chicago police officer Rene Dubois testified.",
    );
    expect(named(list, "Marta Quill")).toMatchObject({
      organization: "District Court",
      category: "judiciary",
    });
    expect(named(list, "Rene Dubois")).toMatchObject({ organization: "Chicago" });
  });
});

describe("person facts: a main figure of a race's sentences", () => {
  it("reads a person the race's sentences keep naming as a candidate", () => {
    const list = peopleOf(
      "Orla Brennick gained in the polls this week. Brennick's rivals said little. In the debate on Tuesday, Brennick spoke first. Brennick told reporters she would win the primary. A voter, Tam Hollis, said he was undecided.",
      { publishedAt: "2032-02-01" },
    );
    expect(named(list, "Orla Brennick")).toMatchObject({ category: "party", isOfficial: false });
    expect(named(list, "Tam Hollis").category).not.toBe("party");
  });
});

describe("person facts: the kind of a body from the text or the knowledge base", () => {
  it("takes a known platform's kind after 'at', and a body's kind from the text's gloss", () => {
    const list = peopleOf(
      "Nadia Frey, head of safety policy at Facebook, said posts were removed. Omar Haidari, director of Lantern Youth Ruritania, a rights group, disagreed.",
    );
    expect(named(list, "Nadia Frey")).toMatchObject({
      organization: "Facebook",
      category: "business",
    });
    expect(named(list, "Omar Haidari")).toMatchObject({
      category: "civil_society",
      isOfficial: false,
    });
  });

  it("reads a fire service's spokesperson as a public body's staff", () => {
    const p = named(
      peopleOf("Piotr Zalewski, a fire service spokesman, said two died."),
      "Piotr Zalewski",
    );
    expect(p).toMatchObject({ category: "government", isOfficial: true });
  });
});

describe("person facts: a known body before the role, and a body's patrons", () => {
  it("keeps the role after a known body that opens an appositive", () => {
    const list = peopleOf("Gil Moreau, a CNN producer, said the tape was real.");
    expect(named(list, "Gil Moreau")).toMatchObject({
      role: "Producer",
      organization: "CNN",
      category: "media",
    });
  });

  it("does not make a company's customer its staff", () => {
    const p = named(
      peopleOf('"The line was dead for days," said Hana Lisowski, a Verizon customer in Ohio.'),
      "Hana Lisowski",
    );
    expect(p.organization).toBeNull();
    expect(p.category).toBe("public");
  });
});

describe("person facts: a body nobody knows after a name's 'of'", () => {
  it("reads a capitalised body with a body word as the organization", () => {
    const list = peopleOf(
      '"Rents keep rising," said Lotte Brandt of the Harbor Tenants Union. Mikael Osei of the Center for Quiet Streets agreed.',
    );
    expect(named(list, "Lotte Brandt")).toMatchObject({
      organization: "Harbor Tenants Union",
      category: "civil_society",
    });
    expect(named(list, "Mikael Osei").organization).toBe("Center for Quiet Streets");
  });
});

describe("person facts: a body's kind from a translation and from 'Centre for'", () => {
  it("reads the kind of a body from its bracketed translation; a 'sabha' is no chamber by itself", () => {
    const p = named(
      peopleOf("Bharatiya Kamgar Sabha (Indian Workers Union) president Arun Mehta led the march."),
      "Arun Mehta",
    );
    expect(p).toMatchObject({ category: "civil_society", isOfficial: false });
  });

  it("keeps a centre's whole name with its joining words, and reads it as a research body", () => {
    const p = named(
      peopleOf(
        "Tove Lund, head of energy studies at the Oslo-based Centre for the Northern Seas, spoke.",
      ),
      "Tove Lund",
    );
    expect(p).toMatchObject({ organization: "Centre for the Northern Seas", category: "expert" });
  });
});
