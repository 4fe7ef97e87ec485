import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

const names = (text: string, date?: string) =>
  peopleOf(text, date ? { publishedAt: date } : {})
    .map((p) => p.name)
    .sort();

describe("person facts: plural titles over lists", () => {
  it("gives every name of the list the role", () => {
    const list = peopleOf(
      "Sens. Ruth Akerman, Paul Dornan and Vic Halloran voted against the bill.\n\nReps. Ann Fiske of Iowa and Bo Grantham said they would object.",
    );
    for (const n of ["Ruth Akerman", "Paul Dornan", "Vic Halloran"])
      expect(named(list, n)).toMatchObject({ role: "Senator", category: "legislature" });
    for (const n of ["Ann Fiske", "Bo Grantham"])
      expect(named(list, n)).toMatchObject({ role: "Representative", isOfficial: true });
  });
});

describe("person facts: one person per real person", () => {
  it("reads a bracketed insertion with the name after it", () => {
    const list = peopleOf(
      "“We will not stop,” [Russian President Vladimir] Putin said on Friday.",
      {
        publishedAt: "2022-06-01",
      },
    );
    expect(list.map((p) => p.name)).toEqual(["Vladimir Putin"]);
    expect(list[0]).toMatchObject({ role: "President", country: "RU" });
  });

  it("keeps Jr. and Sr. apart, and spouses named together", () => {
    expect(
      names(
        "Carl Hobbson Jr. said the farm was sold. His father, Carl Hobbson Sr., said it was not.",
      ),
    ).toEqual(["Carl Hobbson Jr.", "Carl Hobbson Sr."]);
    expect(names("Nina and Paul Okafor-Reyes said they would rebuild the house.")).toEqual([
      "Nina Okafor-Reyes",
      "Paul Okafor-Reyes",
    ]);
  });

  it("keeps each family member's own mentions", () => {
    const list = peopleOf(
      "Tom Reyburn said the shop would close. His daughter Ana Reyburn said she would keep it. Ana Reyburn added that rents were high. Tom Reyburn said he was tired.",
    );
    const tom = named(list, "Tom Reyburn");
    const ana = named(list, "Ana Reyburn");
    expect(tom.mentions.map((m) => m.text)).toEqual(["Tom Reyburn", "Tom Reyburn"]);
    expect(ana.mentions.map((m) => m.text)).toEqual(["Ana Reyburn", "Ana Reyburn"]);
  });
});

describe("person facts: nationality only from words tied to the person", () => {
  it("reads no country from a given name or a surname that is a place", () => {
    const list = peopleOf(
      "Florence Tate, a nurse, said the ward was full.\n\nJordan Houston said the road was closed.",
    );
    expect(named(list, "Florence Tate").country).toBeNull();
    expect(named(list, "Jordan Houston")).toBeDefined();
  });

  it("keeps a party tag's country when foreign places are named", () => {
    const list = peopleOf(
      "Rep. Mo Akinwale (D-Ohio) said the trade deal would hurt farmers. He spoke after a trip to Paris, Berlin and Madrid.",
    );
    expect(named(list, "Mo Akinwale")).toMatchObject({
      country: "US",
      party: "Democratic Party",
    });
  });
});

describe("person facts: not people", () => {
  it("reads no person from a heading or an organization after 'at'", () => {
    const text =
      "Counting Portland's debt\n\nThe city owes more than it says, officials said.\n\nPriya Dasgupta, a senior researcher at Elm Court, said shelters were full.";
    const list = peopleOf(text);
    expect(list.map((p) => p.name)).toEqual(["Priya Dasgupta"]);
    expect(list[0]).toMatchObject({ role: "Senior Researcher", organization: "Elm Court" });
  });
});

describe("person facts: a title belongs to the name next to it", () => {
  it("does not pass one person's party or title to the next", () => {
    const list = peopleOf(
      "A survey has Democratic nominee Joe Biden trailing President Donald Trump in Ohio. First lady Melania Trump said she would campaign. Hunter Biden, son of former Vice President Joe Biden, declined to comment.",
      { publishedAt: "2020-09-20" },
    );
    expect(named(list, "Joe Biden").party).toBe("Democratic Party");
    expect(named(list, "Donald Trump").party).not.toBe("Democratic Party");
    expect(named(list, "Donald Trump").role).toBe("President");
    expect(named(list, "Melania Trump").role).not.toBe("President");
    expect(named(list, "Hunter Biden").role).toBeNull();
  });
});
