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

describe("people: country of a group the person is listed in", () => {
  it("gives a demonym's country to everyone listed after 'including'", () => {
    const list = peopleOf(
      "The envoy met senior North Korean officials, including Pak Sun-ok and trade minister Ri Chol-ho, on Monday. Pak said little.",
    );
    expect(named(list, "Pak Sun-ok").country).toBe("KP");
    expect(named(list, "Ri Chol-ho").country).toBe("KP");
  });
});

describe("people: a knowledge-base namesake abroad", () => {
  // A British minister of that name held office at the date: the text's role is not that office.
  it("lets the story's setting place a local official whose role is not the namesake's office", () => {
    const list = peopleOf(
      "Police Commissioner Jeremy Hunt said the Denver precinct would reopen. Officers from Chicago, Houston and Phoenix will help, Hunt said.",
      { publishedAt: "2017-06-01" },
    );
    expect(named(list, "Jeremy Hunt").country).toBe("US");
  });
});

describe("people: country of a body whose own name says it", () => {
  it("places the people of a body named 'of <country>' or opening with a demonym", () => {
    const list = peopleOf(
      "Dana Pike, president of the Marine Workers of Canada, said so. Ole Berg, a director at the Danish Shipping Council, agreed.",
    );
    expect(named(list, "Dana Pike").country).toBe("CA");
    expect(named(list, "Ole Berg").country).toBe("DK");
  });
});
