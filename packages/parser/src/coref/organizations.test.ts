import { describe, expect, it } from "vitest";
import { genderOfGivenName } from "./first-names.ts";
import { expandAcronym, looksLikeOrganization } from "./organizations.ts";

describe("organizations", () => {
  it("expands an acronym from the capitals of a name in the text", () => {
    const text = "A letter from Immigration, Refugees and Citizenship Canada arrived. IRCC said …";
    expect(expandAcronym(text, "IRCC")).toBe("Immigration, Refugees and Citizenship Canada");
    expect(expandAcronym("The Bank of Canada said", "BC")).toBe("Bank of Canada");
    expect(expandAcronym("The Bank of Canada said", "BMO")).toBeNull();
    expect(expandAcronym("No full form here.", "WHO")).toBeNull();
  });

  it("tells organization names from people's names", () => {
    expect(looksLikeOrganization("BC Hydro")).toBe(true);
    expect(looksLikeOrganization("IRCC")).toBe(true);
    expect(looksLikeOrganization("Maria Gonzalez")).toBe(false);
  });
});

describe("first names", () => {
  it("gives the sex most bearers of a name have, and nothing for balanced names", () => {
    expect(genderOfGivenName("Margaret")).toBe("female");
    expect(genderOfGivenName("Harold")).toBe("male");
    expect(genderOfGivenName("José")).toBe("male");
    expect(genderOfGivenName("Kim")).toBeNull();
    expect(genderOfGivenName("Zzyzx")).toBeNull();
  });
});
