import { describe, expect, it } from "vitest";
import { nameAgreement, personAgreement } from "./names.ts";

describe("people eval: name agreement", () => {
  it("grades the same name, compatible given names and a surname alone", () => {
    expect(nameAgreement("Bill de Blasio", "Bill De Blasio")).toBe(3);
    expect(nameAgreement("John Q. Public", "John Public")).toBe(2);
    expect(nameAgreement("J. Smith", "John Smith")).toBe(2);
    expect(nameAgreement("Mr. Pagliano", "Bryan Pagliano")).toBe(1);
    expect(nameAgreement("José Núñez", "Jose Nunez")).toBe(3);
    expect(nameAgreement("James O’Neill", "James O'Neill")).toBe(3);
  });
  it("keeps apart given names and generational suffixes that differ", () => {
    expect(nameAgreement("Ivana Trump", "Donald Trump")).toBe(0);
    expect(nameAgreement("Ken Griffey Jr.", "Ken Griffey Sr.")).toBe(0);
    expect(nameAgreement("Anna Berg", "Anna Borg")).toBe(0);
  });
  it("uses other forms only when the main surnames differ", () => {
    const gold = { name: "Heather Samuelson", aliases: ["Sameuelson"] };
    expect(personAgreement(gold, { name: "Sameuelson", aliases: [] })).toBe(1);
    const donald = { name: "Donald Trump", aliases: ["Trump"] };
    expect(personAgreement(donald, { name: "Ivana Trump", aliases: ["Trump"] })).toBe(0);
    expect(
      personAgreement(
        { name: "Vladimir Putin", aliases: ["Putin"] },
        { name: "Vladimir", aliases: [] },
      ),
    ).toBe(0);
  });
});
