import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

/** Indirect quotes of a test article: text, speaker as written and cue. */
function reported(body: string) {
  const parsed = parseArticle(`A headline for the test\n\n${body}`);
  return parsed.quotes
    .filter((q) => q.kind === "indirect")
    .map((q) => ({ text: q.text, who: q.speakerMention?.text ?? null, cue: q.cue?.text }));
}

describe("speech verbs the tagger reads as nouns", () => {
  it("takes 'say' after a share or a quantity word as the verb", () => {
    expect(reported("Some say the harbor plan will cost too much.")).toEqual([
      { text: "the harbor plan will cost too much", who: "Some", cue: "say" },
    ]);
    expect(reported("About 3 in 10 say they prefer the harbor plan.")[0]).toMatchObject({
      text: "they prefer the harbor plan",
      who: "About 3 in 10",
    });
    expect(reported("They want a say in the harbor plan.")).toEqual([]);
  });

  it("takes a base form after a plural subject as the verb", () => {
    expect(reported("Critics point out that the ferry contract had never been reviewed.")).toEqual([
      { text: "the ferry contract had never been reviewed", who: "Critics", cue: "point" },
    ]);
    expect(reported("The unions claim the ferry contract was never reviewed.")[0]).toMatchObject({
      text: "the ferry contract was never reviewed",
      who: "The unions",
    });
  });
});

describe("cues the rules leave to the learned filter", () => {
  it("reads a statement whose subject is the clause's", () => {
    const [a] = reported(
      "Lena Duarte jokingly offered the fisherman a job, then says she will review the pier rules herself.",
    );
    expect(a).toMatchObject({ text: "she will review the pier rules herself", who: "Lena Duarte" });
    const [b] = reported(
      "The harbor board sent a letter to residents saying the pier would reopen in May.",
    );
    expect(b).toMatchObject({ text: "the pier would reopen in May", who: "The harbor board" });
  });

  it("reads a call for something, without the 'for'", () => {
    expect(reported("Marta Velez is calling for a review of the ferry contract.")).toEqual([
      { text: "a review of the ferry contract", who: "Marta Velez", cue: "calling" },
    ]);
  });

  it("reads no statement in refusals, requests for comment or a topic", () => {
    expect(reported("The mayor did not say whether the harbor plan would survive.")).toEqual([]);
    expect(reported("Ferry officials did not respond to requests for comment.")).toEqual([]);
    expect(reported("The mayor predicted the outcome of the vote on the pier.")).toEqual([]);
  });
});

describe("reported clauses the rules now delimit", () => {
  it("reads a name with a party tag before its appositive", () => {
    const [a] = reported(
      "Rep. Dana Cole (D-Ore.), chair of the harbor committee, said the port was not ready for the storm.",
    );
    expect(a).toMatchObject({
      text: "the port was not ready for the storm",
      who: "Rep. Dana Cole",
    });
  });

  it("keeps a quantity's adverb and drops a manner adverb at the content's start", () => {
    expect(reported("Tom Reyes said nearly every ferry had been late.")[0].text).toBe(
      "nearly every ferry had been late",
    );
    expect(reported("Tom Reyes said angrily the ferry had been late.")[0].text).toBe(
      "the ferry had been late",
    );
  });

  it("takes the whole sentence when the tag splits a copula from its complement", () => {
    expect(reported("It was, she said, one of the worst storms in a decade.")[0].text).toBe(
      "It was, she said, one of the worst storms in a decade",
    );
  });

  it("keeps an elliptical clause of a pronoun and an auxiliary", () => {
    expect(reported("Omar Haddad said he would.")).toEqual([
      { text: "he would", who: "Omar Haddad", cue: "said" },
    ]);
    expect(reported("Omar Haddad said it.")).toEqual([]);
  });
});

describe("statements inside a relative clause", () => {
  it("end where the main clause's predicate resumes", () => {
    expect(reported("Tom Reyes, who said the ferry is late, left the room.")[0].text).toBe(
      "the ferry is late",
    );
    expect(
      reported("The crowd included Ana Lopez, who said the ferry should run all night.")[0].text,
    ).toBe("the ferry should run all night");
  });
});

describe("'according to' without a comma or inside brackets", () => {
  it("reads the clause before it when the source names someone or cites records", () => {
    expect(
      reported("The ferry ran late 40 times last year according to the port's own records."),
    ).toEqual([
      {
        text: "The ferry ran late 40 times last year",
        who: "the port's own records",
        cue: "according to",
      },
    ]);
    expect(reported("The council voted according to plan.")).toEqual([]);
  });

  it("reads an opening bracket and a subject split from its predicate", () => {
    expect(reported("(According to the harbor police, the pier has no cameras.)")[0].text).toBe(
      "the pier has no cameras",
    );
    expect(reported("The ferry, according to the harbor police, has no cameras.")[0].text).toBe(
      "The ferry, according to the harbor police, has no cameras",
    );
  });
});

describe("a third-person tag the tagger reads as a noun", () => {
  it("reads '…, X notes.' at the end and a tag between subject and verb", () => {
    expect(reported("The ferry is late, Reyes notes.")).toEqual([
      { text: "The ferry is late", who: "Reyes", cue: "notes" },
    ]);
    expect(reported("The harbor board, Reyes said, wants a new pier.")[0].text).toBe(
      "The harbor board, Reyes said, wants a new pier",
    );
  });
});

describe("questions put to someone", () => {
  it("keeps the answer of a passive 'asked whether' and gives the question to nobody", () => {
    const found = reported(
      "Asked whether the ferry would keep its winter schedule, harbor master Tomas Vey said it would. When asked if fares would rise, he was pressed on whether the board had voted.",
    );
    const answer = found.find((q) => q.cue === "said");
    expect(answer).toMatchObject({ text: "it would", who: "harbor master Tomas Vey" });
    const questions = found.filter((q) => q.cue !== "said");
    expect(questions.map((q) => q.text)).toContain(
      "whether the ferry would keep its winter schedule",
    );
    expect(questions.every((q) => q.who !== "harbor master Tomas Vey")).toBe(true);
  });
});
