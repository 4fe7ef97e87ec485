import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: 'X of Body, a …'", () => {
  it("takes the body named after 'of' and the role in the appositive after it", () => {
    const list = peopleOf(
      "Dr. Anouk Deller of Brackenridge College, a wetland ecologist with two decades in the field, said the marsh was drying.",
    );
    const anouk = named(list, "Anouk Deller");
    expect(anouk).toMatchObject({
      role: "Wetland Ecologist",
      organization: "Brackenridge College",
      category: "expert",
      isOfficial: false,
    });
    expect(anouk.evidence.organization?.evidence).toBe("Brackenridge College");
  });

  it("reads an appositive that describes the body as a firm or company", () => {
    const list = peopleOf(
      "Rasmus Pell of Ostvik Dynamics, a firm specialising in sonar, said the buoys failed. Tilde Mour of Halberd Freight, a company that hauls timber, said prices rose.",
    );
    expect(named(list, "Rasmus Pell")).toMatchObject({
      organization: "Ostvik Dynamics",
      category: "business",
      isOfficial: false,
    });
    expect(named(list, "Tilde Mour")).toMatchObject({
      organization: "Halberd Freight",
      category: "business",
    });
  });

  it("makes a group or an advocacy group civil society, a think tank expert", () => {
    const list = peopleOf(
      "Jonas Brevik of Clearwater Commons, a group that campaigns for river access, said the dam must go. Saskia Ferro of Tenant Voice, an advocacy group, said rents were too high. Idris Mallow of the Corvane Institute, a think tank in Chicago, said the plan was costly.",
    );
    expect(named(list, "Jonas Brevik")).toMatchObject({
      organization: "Clearwater Commons",
      category: "civil_society",
      isOfficial: false,
    });
    expect(named(list, "Saskia Ferro")).toMatchObject({
      organization: "Tenant Voice",
      category: "civil_society",
    });
    expect(named(list, "Idris Mallow")).toMatchObject({
      organization: "Corvane Institute",
      category: "expert",
    });
  });

  it("does not take a loose noun with other words before it for a kind of body", () => {
    const list = peopleOf(
      "Yusuf Adler of Brandmoor Partners, a private equity group, said the sale was done.",
    );
    expect(named(list, "Yusuf Adler").category).not.toBe("civil_society");
  });

  it("reads no body from a place after 'of', and the role after the place", () => {
    const list = peopleOf("Elna Strand of Fairhaven, a retired nurse, said the clinic closed.");
    const elna = named(list, "Elna Strand");
    expect(elna).toMatchObject({ role: "Former Nurse", organization: null, isOfficial: false });
  });

  it("places a body its description places, and reads a loose noun after qualifiers", () => {
    const list = peopleOf(
      "Max Vollan of Tarnwick Labs, a Berlin-based startup, said the chips were late. Oz Yildiz of Pelagic Count, a nonprofit organization that tracks trawlers, said the data was clear.",
    );
    expect(named(list, "Max Vollan")).toMatchObject({
      organization: "Tarnwick Labs",
      category: "business",
      country: "DE",
    });
    expect(named(list, "Oz Yildiz")).toMatchObject({
      organization: "Pelagic Count",
      category: "civil_society",
    });
  });
});
