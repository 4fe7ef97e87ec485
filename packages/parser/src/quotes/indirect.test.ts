import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

/** Indirect statements of a test article, each with `who`: the person's name, else the label. */
function indirect(body: string) {
  const parsed = parseArticle(`A headline for the test\n\n${body}`);
  const names = new Map(parsed.people.map((p) => [p.id, p.name]));
  return parsed.quotes
    .filter((q) => q.kind === "indirect")
    .map((q) => ({ ...q, who: (q.speakerId && names.get(q.speakerId)) || q.speakerLabel }));
}

describe("indirect speech", () => {
  it("takes the clause after 'said (that)' and 'told <outlet> that'", () => {
    const [a] = indirect("Governor Helen Marsh said that the bridge would reopen in May.");
    expect(a).toMatchObject({
      text: "the bridge would reopen in May",
      who: "Helen Marsh",
      cue: { lemma: "say" },
    });
    const [b] = indirect(
      "Two engineers told Reuters earlier this week that the cables had corroded.",
    );
    expect(b).toMatchObject({
      text: "the cables had corroded",
      who: "Two engineers",
      channel: "told Reuters",
    });
  });

  it("reads verbs other than 'said' and institutions as sources", () => {
    const [a] = indirect("The Kremlin insists that the exercises are routine.");
    expect(a).toMatchObject({
      text: "the exercises are routine",
      who: "The Kremlin",
      speakerCountry: "RU",
    });
    const [b] = indirect("Pedro Alves countered that nobody had read the report.");
    expect(b).toMatchObject({ text: "nobody had read the report", cue: { lemma: "counter" } });
  });

  it("takes the content before a closing tag: '…, X said.' and '…, according to X.'", () => {
    const [a] = indirect(
      "The vote will be delayed until March, officials familiar with the plan said.",
    );
    expect(a).toMatchObject({
      text: "The vote will be delayed until March",
      who: "officials familiar with the plan",
    });
    const [b] = indirect("The company lost money last year, according to its annual report.");
    expect(b).toMatchObject({
      text: "The company lost money last year",
      cue: { text: "according to" },
    });
  });

  it("takes the content on the right side of a parenthetical tag", () => {
    const [a] = indirect(
      "With the budget now passed, analysts said, the agency may hire again this year.",
    );
    expect(a).toMatchObject({ text: "the agency may hire again this year", who: "analysts" });
  });

  it("resolves a pronoun source to the last person named", () => {
    const items = indirect(
      "“We are ready,” said Maria Lopez, the coach. The team has improved a lot, she said.",
    );
    expect(items[0]).toMatchObject({ text: "The team has improved a lot", who: "Maria Lopez" });
    expect(items[0].speakerMention?.text).toBe("she");
  });

  it("reports objects of verbs like 'accused' and leaves verbs of belief alone", () => {
    const [a] = indirect("Senator Ruth Okafor accused the agency of hiding the costs.");
    expect(a?.text).toBe("the agency of hiding the costs");
    expect(indirect("Many voters believe that the election was close.")).toHaveLength(0);
  });

  it("reads statements reported through a noun of speech", () => {
    const [a] = indirect("Mayor Ida Brandt's claim that the budget is balanced drew criticism.");
    expect(a).toMatchObject({ who: "Ida Brandt", cue: { text: "claim", lemma: "claim" } });
    expect(a.text.startsWith("the budget is balanced")).toBe(true);
  });

  it("takes 'many of …' subjects and a subject before an aside", () => {
    const [a] = indirect("Many of the local farmers say the new canal has lowered their costs.");
    expect(a).toMatchObject({ text: "the new canal has lowered their costs" });
    expect(a.speakerMention?.text).toBe("Many of the local farmers");
    const [b] = indirect("The agency, however, says that the cables were replaced last year.");
    expect(b).toMatchObject({ text: "the cables were replaced last year" });
    expect(b.speakerMention?.text).toBe("The agency");
    const [c] = indirect(
      "Mayor Ida Brandt, during a town hall in Dayton, Ohio, said the budget was balanced.",
    );
    expect(c).toMatchObject({ text: "the budget was balanced", who: "Ida Brandt" });
    const [d] = indirect("Sen. Ida Brandt (R-Ky.) said the budget was balanced.");
    expect(d).toMatchObject({ text: "the budget was balanced", who: "Ida Brandt" });
  });
});

describe("subjects and contents of reported speech", () => {
  const who = (body: string) => indirect(body).map((q) => [q.who, q.text]);

  it("reads shares of people, ages, hometowns and relative clauses as subjects", () => {
    expect(who("About half of nurses say they would leave the profession.")).toEqual([
      ["About half of nurses", "they would leave the profession"],
    ]);
    expect(
      who("Mara Tillett, 41, of Dunmore, Pa., says her rent has doubled since spring."),
    ).toEqual([["Mara Tillett", "her rent has doubled since spring"]]);
    expect(who("Unions that have backed the strike say the offer is too low.")[0]?.[1]).toBe(
      "the offer is too low",
    );
    expect(who("Those surveyed said the ferry should run on weekends.")).toEqual([
      ["Those surveyed", "the ferry should run on weekends"],
    ]);
  });

  it("finds the content after outlets, durations and subject pronouns", () => {
    expect(
      who("Kessler told The Associated Press on Monday that the audit is finished.")[0]?.[1],
    ).toBe("the audit is finished");
    expect(who("Gruber has said for months the tunnel will open late.")[0]?.[1]).toBe(
      "the tunnel will open late",
    );
    expect(who("The club said in a statement they regret the delay.")[0]?.[1]).toBe(
      "they regret the delay",
    );
  });

  it("reads 'which' as the nearest thing, not the person an appositive describes", () => {
    const [q] = indirect(
      "Okoro praised a proposal from Dana Whitlock, the director of the Harbour Policy Institute, which suggests taxing empty homes.",
    );
    expect(q?.who).not.toBe("Dana Whitlock");
  });

  it("reads 'added' with a number or a new thing as its object as no statement", () => {
    expect(indirect("The Nikkei added 0.4 per cent to close at 20,402.")).toEqual([]);
    expect(indirect("The Hawks added another goal late in the second period.")).toEqual([]);
    expect(indirect("Mayor Ruth Oyelaran added the bridge would reopen in May.")).toHaveLength(1);
  });
});
