import { describe, expect, it } from "vitest";
import { quotesOf } from "../quotes/test-helpers.ts";

const whoSaid = (body: string, start: string) =>
  quotesOf(body).find((q) => q.text.startsWith(start))?.who;

describe("a person set against the subject", () => {
  it("is not the referent of the pronouns that follow 'Unlike X,'", () => {
    const body = [
      "In Regina, Pedro Alves, 38, and his wife Ines, 35, are saving for a van, but the insurance alone costs more than their rent.",
      "They moved to Canada in 2018 from Portugal, where Pedro Alves had run a bakery until the rent doubled.",
      "Unlike Mr. Kowalczyk, he has not found steady work, and the family lives on one income. He still drives a taxi at night.",
      "“If the van breaks down, we lose everything,” he said.",
      "Marek Kowalczyk, who arrived the same year, said he was hired within a week.",
    ].join("\n\n");
    expect(whoSaid(body, "If the van breaks down")).toBe("Pedro Alves");
  });
});
