import { describe, expect, it } from "vitest";
import { ensurePerson, resolvePersonByName } from "./lookup.ts";
import { peopleOf } from "./test-helpers.ts";

const text =
  "Ukrainian President Volodymyr Zelenskyy spoke. Russian President Vladimir Putin listened. Jake Sullivan, the US national security adviser, agreed.";
const list = peopleOf(text);

describe("resolvePersonByName", () => {
  it("finds people by full name, surname, variant spelling and titled name", () => {
    expect(resolvePersonByName(list, "Zelensky")?.name).toBe("Volodymyr Zelenskyy");
    expect(resolvePersonByName(list, "President Putin")?.name).toBe("Vladimir Putin");
    expect(resolvePersonByName(list, "Putin’s")?.name).toBe("Vladimir Putin");
    expect(resolvePersonByName(list, "Vladimir V. Putin")?.name).toBe("Vladimir Putin");
    expect(resolvePersonByName(list, "Sullivan")?.name).toBe("Jake Sullivan");
    expect(resolvePersonByName(list, "Lavrov")).toBeNull();
  });
});

describe("ensurePerson", () => {
  it("adds a mention to a known person without changing the input", () => {
    const span = { text: "Zelensky", start: 500, end: 508 };
    const { people, person } = ensurePerson(list, span);
    expect(person.name).toBe("Volodymyr Zelenskyy");
    expect(person.mentions.at(-1)).toMatchObject({ ...span, kind: "surname" });
    expect(people).toHaveLength(list.length);
    expect(list.find((p) => p.id === person.id)?.mentions.some((m) => m.start === 500)).toBe(false);
  });

  it("creates a person for a speaker the stage missed, with the knowledge base", () => {
    const { people, person } = ensurePerson(
      list,
      { text: "Sergey Lavrov", start: 600, end: 613 },
      { date: "2022-11-15" },
    );
    expect(people).toHaveLength(list.length + 1);
    expect(person).toMatchObject({
      id: `p${list.length + 1}`,
      country: "RU",
      wikidataId: "Q58217",
      category: "government",
    });
  });
});
