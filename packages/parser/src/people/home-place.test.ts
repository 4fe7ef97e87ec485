import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("people: country of an ordinary person from the place they are from", () => {
  it("reads a town after the name, with a US state's abbreviation or an age", () => {
    const list = peopleOf(
      "Orla Brandt, of Saskatoon, Saskatchewan, said the bridge was late. Piet Vanloo of Reno, Nev., agreed. Ines Morel, 61, of Dayton, Ohio, did not.",
    );
    expect(named(list, "Orla Brandt").country).toBe("CA");
    expect(named(list, "Piet Vanloo").country).toBe("US");
    expect(named(list, "Ines Morel").country).toBe("US");
  });

  it("reads a country after 'from', not after 'of', and no employer", () => {
    const list = peopleOf(
      "Orla Brandt, from Portugal, said so. Sen. Piet Vanloo of Georgia agreed. Ines Morel of Harbor Tech disagreed, she said.",
    );
    expect(named(list, "Orla Brandt").country).toBe("PT");
    expect(named(list, "Piet Vanloo").country).toBe("US");
    expect(named(list, "Ines Morel").country).toBeNull();
  });
});

describe("people: country evidence the story's setting outweighs", () => {
  it("does not read a title US news uses as American in a story set elsewhere", () => {
    const list = peopleOf(
      "Attorney General Orla Brandt spoke in Ottawa. Toronto and Montreal backed the plan, and Calgary and Winnipeg did too, she said.",
      { publishedAt: null },
    );
    expect(named(list, "Orla Brandt").country).toBe("CA");
  });
});
