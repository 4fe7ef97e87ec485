import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";
import { namedThings } from "./named-things.ts";

const story = `Delivery app halts service in two cities

On Monday, the food-delivery platform Parcelo suspended orders in Leeds and York. Parcelo said the pause would last a week.

“We are fixing the payment system,” Parcelo said in a statement. The startup Jane Okafor founded in 2019 now employs 300 people, and Okafor said she was confident.`;

describe("names the article calls a company, a site or a product", () => {
  it("finds them by the noun before the name, and spares a name opening with a given name", () => {
    expect([...namedThings(story)]).toEqual(["Parcelo"]);
    expect([
      ...namedThings("the file-sharing service Boxly. The company Jane Okafor founded"),
    ]).toEqual(["Boxly"]);
  });

  it("makes no person of them; their statements are an organization's", () => {
    const parsed = parseArticle(story);
    expect(parsed.people.map((p) => p.name)).toEqual(["Jane Okafor"]);
    const byParcelo = parsed.quotes.filter((q) => q.speakerLabel === "Parcelo");
    expect(byParcelo.length).toBeGreaterThanOrEqual(2);
    for (const q of byParcelo) expect(q.speakerType).toBe("organization");
  });
});
