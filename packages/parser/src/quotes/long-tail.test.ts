import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

/** Quotes of a test article, each with `who`: the person's name, else the label. */
function quotes(body: string) {
  const parsed = parseArticle(`A headline for the test\n\n${body}`);
  const names = new Map(parsed.people.map((p) => [p.id, p.name]));
  return parsed.quotes.map((q) => ({
    ...q,
    who: (q.speakerId && names.get(q.speakerId)) || q.speakerLabel,
  }));
}

describe("reported speech off the beaten track", () => {
  it("reads '-s' verbs tagged as nouns between a subject and its clause", () => {
    const [a] = quotes("The Budget Office estimates that the deficit will double by 2030.");
    expect(a).toMatchObject({ text: "the deficit will double by 2030", who: "Budget Office" });
    const [b] = quotes("Carla Ruiz notes that few of the wells were ever inspected.");
    expect(b).toMatchObject({ text: "few of the wells were ever inspected", who: "Carla Ruiz" });
    expect(quotes("The claims that the mayor made about the wells were false.")).toEqual([]);
  });

  it("opens the content after 'that, if …,' and after a show's title", () => {
    const [a] = quotes("Omar Haddad said that, if reelected, he would close the plant.");
    expect(a.text).toBe("if reelected, he would close the plant");
    const [b] = quotes('Nina Park told WXYZ\'s "Evening Desk" that the deal was dead.');
    expect(b).toMatchObject({ text: "the deal was dead", who: "Nina Park" });
  });

  it("takes the clause before '…, he said, and …' and around 'as X noted'", () => {
    const [a] = quotes(
      "Dr. Lena Voss visited the ward. The repairs will take a month, she said, and the ward stays shut.",
    );
    expect(a.text).toBe("The repairs will take a month");
    const [b] = quotes("As the auditor noted, the accounts had not been closed for years.");
    expect(b).toMatchObject({ text: "the accounts had not been closed for years" });
    const [c] = quotes("The levee, one of the engineers pointed out, was never finished.");
    expect(c.text).toBe("The levee, one of the engineers pointed out, was never finished");
  });

  it("finds the speaker past time phrases, asides in parentheses and adjuncts", () => {
    const [a] = quotes("Harbor Freight this month announced it would close 40 stores.");
    expect(a).toMatchObject({ text: "it would close 40 stores", who: "Harbor Freight" });
    const [b] = quotes(
      "Rep. Dana Cole (D-N.M.), who chairs the panel, said the hearing would go ahead.",
    );
    expect(b).toMatchObject({ text: "the hearing would go ahead", who: "Dana Cole" });
    const [c] = quotes(
      "The engines failed twice, and the crew turned back, said one pilot on the flight.",
    );
    expect(c).toMatchObject({ who: "one pilot" });
  });

  it("reads closing 'told <listener>', long appositives and relative clauses", () => {
    const [a] = quotes("The dam will hold through the spring, Mayor Ivo Brandt told WKRN.");
    expect(a).toMatchObject({ text: "The dam will hold through the spring", who: "Ivo Brandt" });
    const [b] = quotes(
      "Rosa Kim, a planner at the county office in Tulsa, which oversees permits for six towns, said the backlog would clear by June.",
    );
    expect(b).toMatchObject({ text: "the backlog would clear by June", who: "Rosa Kim" });
    const [c] = quotes("The council passed new rules, which the mayor said cut waiting times.");
    expect(c).toMatchObject({ text: "cut waiting times", who: "the mayor" });
  });

  it("keeps a clause that opens with a quoted phrase, with the phrase in one statement", () => {
    const found = quotes('Ana Lind said "small fixes" and more staff would end the delays.');
    const indirect = found.find((q) => q.kind === "indirect");
    const partial = found.find((q) => q.kind === "partial");
    expect(indirect?.text).toBe('"small fixes" and more staff would end the delays');
    expect(partial?.text).toBe("small fixes");
    expect(partial?.statementId).toBe(indirect?.statementId);
  });

  it("reads nothing into calls in to a show, requests and credit lines", () => {
    expect(quotes("Jo Reyes called in to a radio show about the strike.")).toEqual([]);
    expect(quotes("When tenants ask for repairs, the landlord rarely answers.")).toEqual([]);
    expect(quotes("Sam Ortiz reported from Lagos, and Ana Diaz from Accra.")).toEqual([]);
  });
});

describe("direct quotes introduced before them", () => {
  it("takes a paragraph ending 'X reports:' as the lead of the quotation after it", () => {
    const found = quotes(
      'The weekly Harbor Ledger reports:\n\n"Half of the piers are closed.\n\n"No date has been set for the repairs."\n\nThe port did not comment.',
    );
    expect(found.map((q) => [q.kind, q.who])).toEqual([
      ["direct", "Harbor Ledger"],
      ["direct", "Harbor Ledger"],
    ]);
    expect(found[0].statementId).toBe(found[1].statementId);
  });

  it("reads 'According to X, “…”', 'X commented:' and a tag after 'R-Ky.,'", () => {
    const [a] = quotes("According to Mara Quist, “The season is lost for the growers.”");
    expect(a).toMatchObject({ kind: "direct", who: "Mara Quist" });
    const [b] = quotes('A neighbor commented: "Nobody warned us about the flood."');
    expect(b).toMatchObject({ kind: "direct", who: "A neighbor" });
    const [c] = quotes("“We will not wait,” Sen. Ron Ames, R-Ky., said on Friday.");
    expect(c).toMatchObject({ kind: "direct", who: "Ron Ames" });
  });

  it("finds a name after a run-on adjunct: 'In a radio interview X declared “…”'", () => {
    const [a] = quotes("In a radio interview Tessa Grove declared “The tax is dead.”");
    expect(a).toMatchObject({ kind: "direct", who: "Tessa Grove" });
  });
});
