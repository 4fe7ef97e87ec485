import { describe, expect, it } from "vitest";
import { quotesOf } from "../quotes/test-helpers.ts";

const whoSaid = (body: string, start: string) =>
  quotesOf(body).find((q) => q.text.startsWith(start))?.who;

describe("a description with the name in apposition", () => {
  it("gives the statement to the person named right after the description", () => {
    const body = [
      "Ferry traffic fell by half, said the port authority's harbour master, Karen Brandvold.",
      "“We expected worse,” wrote the regional governor at the time, Pavel Sorensen, in his memoir.",
      "In an e-mail, her longtime campaign treasurer, Odile Masson, said: “Every cent is accounted for.”",
    ].join("\n\n");
    expect(whoSaid(body, "Ferry traffic")).toBe("Karen Brandvold");
    expect(whoSaid(body, "We expected worse")).toBe("Pavel Sorensen");
    expect(whoSaid(body, "Every cent")).toBe("Odile Masson");
  });

  it("leaves plural descriptions and the source of 'according to' alone", () => {
    const body = [
      "Two tenants, Rhea Holt and Sami Berg, said the heating had been off for a week.",
      "According to the inspection report, Marcel Dufour ignored three warnings about the boiler.",
    ].join("\n\n");
    expect(whoSaid(body, "the heating")).toBe("Two tenants");
    expect(whoSaid(body, "Marcel Dufour ignored")).not.toBe("Marcel Dufour");
  });
});
