import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

const names = (text: string) => peopleOf(text).map((p) => p.name);

describe("people found: a nickname in quotes inside a name", () => {
  it("reads the given names, the nickname and the surname as one person with the title", () => {
    const list = peopleOf(
      'Police sergeant Teodor "Teddy" Marsh was hurt. Marsh is recovering, said state Del. Lorna “Lo” Fisk (D-Roanoke).',
    );
    expect(list.map((p) => p.name).sort()).toEqual(["Lorna Fisk", "Teodor Marsh"]);
    expect(named(list, "Teodor Marsh")).toMatchObject({
      role: "Police Sergeant",
      isOfficial: true,
    });
    expect(named(list, "Lorna Fisk")).toMatchObject({ party: "Democratic Party", country: "US" });
  });

  it("keeps initials before the nickname", () => {
    expect(names('Rep. Henry T. "Hank" Dobbs said no.')).toEqual(["Henry T. Dobbs"]);
  });
});

describe("people found: names of things that look like people", () => {
  it("reads a body's branch after a word that is no given name as no person", () => {
    expect(
      names("A Greyline North coach hit a wall. Metroflix Canada said the show would wait."),
    ).toEqual([]);
  });

  it("reads a team after a place, or a plural name, as no person", () => {
    const found = names(
      "The Calgary Stampeders beat the Lakeside Rovers, and Lakeside Rovers fans said Edmonton Huskies forward Ole Berg played well.",
    );
    expect(found).toEqual(["Ole Berg"]);
  });

  it("reads a verb of speech opening a sentence as no given name", () => {
    const list = peopleOf("Critics doubted Mara Voss. Said Voss: “I will win.”");
    expect(list.map((p) => p.name)).toEqual(["Mara Voss"]);
  });
});
