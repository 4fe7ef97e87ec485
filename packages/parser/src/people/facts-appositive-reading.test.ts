import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: reading an appositive's words", () => {
  it("keeps a plain noun before the role word, not an adjective's compound", () => {
    const list = peopleOf(
      "Orla Teague, a glacier researcher, said the ice had thinned. Piet Amsel, a real estate developer, said the tower would rise.",
    );
    expect(named(list, "Orla Teague").role).toBe("Glacier Researcher");
    expect(named(list, "Piet Amsel").role).toBe("Developer");
  });

  it("ends the role where a clause or a later place of work begins", () => {
    const list = peopleOf(
      "Runa Hallett, a former Pentagon lawyer now at a Boston law school, said the order was legal. Colm Dreyer, the station's manager in charge of ''Night Desk,'' said the show ends.",
    );
    expect(named(list, "Runa Hallett")).toMatchObject({
      role: "Former Lawyer",
      organization: "Pentagon",
      isOfficial: false,
    });
    expect(named(list, "Colm Dreyer").role).toBe("Manager");
  });

  it("leaves a second, past role with a known body past", () => {
    const lorne = named(
      peopleOf("Lorne Abbot, a combat veteran and former CIA analyst, wants a seat in Congress."),
      "Lorne Abbot",
    );
    expect(lorne.isOfficial).toBe(false);
  });

  it("reads a party whose name holds a known party's name as written", () => {
    const greta = named(
      peopleOf(
        "Greta Lindahl, a member of the centre-left Social Democratic Party, said the budget was too small.",
        { publishedAt: "2016-06-07" },
      ),
      "Greta Lindahl",
    );
    expect(greta.party).toBe("Social Democratic Party");
    expect(greta.country).not.toBe("US");
  });

  it("reads a body described with a country's possessive", () => {
    const emil = named(
      peopleOf("Emil Sandvik of Fjordbank, Norway's largest private bank, said rates would rise."),
      "Emil Sandvik",
    );
    expect(emil).toMatchObject({ organization: "Fjordbank", category: "business" });
  });

  it("takes the role a former office-holder has taken over since", () => {
    const list = peopleOf(
      "Ola Brenn, a former Carrow University law professor, has taken over as Minister of Fisheries from Dana Loft, the premier said. Jo Kaye, a former senator, became a lobbyist.",
    );
    expect(named(list, "Ola Brenn")).toMatchObject({
      role: "Minister of Fisheries",
      category: "government",
      isOfficial: true,
    });
    // "became" may tell of a past role: the appositive stands.
    expect(named(list, "Jo Kaye")).toMatchObject({ role: "Former Senator", isOfficial: false });
  });
});
