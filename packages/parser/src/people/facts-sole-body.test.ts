import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: the one body of its kind the article names", () => {
  it("gives a police rank the one police force named, in either of its names", () => {
    const list = peopleOf(
      "Deputy Chief Lena Voss told reporters the LAPD had closed the freeway. The Los Angeles Police Department reopened it at noon.",
    );
    expect(named(list, "Lena Voss").organization).toBe("LAPD");
  });

  it("gives an officer the city's police department named later, not when two forces are named", () => {
    const one = peopleOf(
      "Akron, Ohio, patrol officer Dev Malik was put on leave. The Akron Police Department said a review had begun.",
    );
    expect(named(one, "Dev Malik").organization).toBe("Akron Police Department");
    const two = peopleOf(
      "Officer Dev Malik was put on leave. The Akron Police Department and the Canton Police Department met on Friday.",
    );
    expect(named(two, "Dev Malik").organization).toBeNull();
  });

  it("seats a judge named by title in the court the story named before", () => {
    const list = peopleOf(
      "A Manitoba Court of Appeal panel heard the case on Tuesday. Justice Ines Okafor wrote that the law was void.",
    );
    expect(named(list, "Ines Okafor")).toMatchObject({
      organization: "Manitoba Court of Appeal",
      category: "judiciary",
    });
  });

  it("gives an officer the forces and a secretary-general the international body", () => {
    const list = peopleOf(
      "Rear Admiral Tom Reyes left his post. The Australian Defence Force said the inquiry was over. Secretary-General Ida Holm said NATO would hold talks.",
    );
    expect(named(list, "Tom Reyes").organization).toBe("Australian Defence Force");
    expect(named(list, "Ida Holm").organization).toBe("NATO");
  });

  it("seats councillors on a council written with its place's possessive, not on a phrase", () => {
    const list = peopleOf(
      "For council watchers, Tuesday was long. Kelso's new city council voted 7-2. Councillor Rui Dias dissented.",
    );
    expect(named(list, "Rui Dias").organization).toBe("Kelso city council");
  });
});

describe("person facts: bodies and candidacies stated around the person", () => {
  it("reads a possessive short form of a known body the article names in full", () => {
    const list = peopleOf(
      "Ruth Ames, Morgan's chief strategist, expects two cuts. The Morgan Stanley survey agrees.",
    );
    expect(named(list, "Ruth Ames")).toMatchObject({
      role: "Chief Strategist",
      organization: "Morgan Stanley",
    });
  });

  it("reads a party's nomination stated as the sentence's predicate", () => {
    const list = peopleOf(
      "The Harbor Party met in Reno. Delegates gave Lia Moss the Harbor Party's primary. A week later Moss quit, which left Dan Roe as the party's expected nominee. Teacher Ana Ruiz, a former nurse, was picked to be the Tide Party's presidential candidate.",
    );
    expect(named(list, "Dan Roe")).toMatchObject({
      organization: "Harbor Party",
      category: "party",
      party: null,
    });
    expect(named(list, "Ana Ruiz")).toMatchObject({
      role: "Presidential Candidate",
      organization: "Tide Party",
      category: "party",
    });
  });

  it("reads a role set off after a lone surname of a person named in full", () => {
    const list = peopleOf(
      "Rita Vance toured a clinic in Ohio on Monday. Vance, the former governor of Utah, spoke about wages. Columbus, the state capital, was quiet.",
    );
    expect(named(list, "Rita Vance").role).toBe("Former Governor of Utah");
    expect(list.map((p) => p.name)).not.toContain("Columbus");
  });

  it("gives a candidate's staff the campaign when the story already counts them in it", () => {
    const list = peopleOf(
      "Ada Marsh, the Green Party's nominee for governor, toured Ohio on Monday. Marsh campaign director Ivo Lind said the rally drew 3,000 people.",
    );
    expect(named(list, "Ivo Lind")).toMatchObject({
      organization: "Marsh campaign",
      category: "party",
    });
  });

  it("gives a running mate the ticket's party, from the candidate who chose them", () => {
    const list = peopleOf(
      "Ana Ruiz, the Tide Party's presidential nominee, toured Ohio. On Monday, Ruiz picked retired nurse Ivo Lind as her running mate. Lind thanked her.",
    );
    expect(named(list, "Ivo Lind")).toMatchObject({
      organization: "Tide Party",
      category: "party",
    });
  });
});
