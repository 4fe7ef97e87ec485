import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

/** The quoted (direct or partial) statements of a test article. */
const quoted = (body: string) => quotesOf(body).filter((q) => q.kind !== "indirect");

describe("tags and leads that introduce a quotation", () => {
  it("takes a bare weekday between the subject and the verb", () => {
    const [q] = quoted("Halvorsen later Friday told Radio North: “The ferry will run all winter.”");
    expect(q).toMatchObject({ text: "The ferry will run all winter.", who: "Halvorsen" });
  });

  it("reads a subject ending in a possessive's noun or a hyphenated modifier", () => {
    const [a] = quoted(
      "A person familiar with Ortega’s planning said, “The tour will start in the south.”",
    );
    expect(a.who).toBe("A person familiar with Ortega’s planning");
    const [b] = quoted(
      '"The vote will be close," said one long-serving councillor close to the mayor.',
    );
    expect(b.who).toBe("one long-serving councillor");
  });

  it("takes a short 'X said.' sentence after a quotation that ends in a period", () => {
    const body =
      "The storm closed the port.\n\n“We will reopen the docks when the wind drops.” Larsen said.";
    const [q] = quoted(body);
    expect(q).toMatchObject({
      text: "We will reopen the docks when the wind drops.",
      who: "Larsen",
    });
    // A sentence that goes on after its verb is a new sentence, not a tag.
    const other = quotesOf(
      "Mayor Ilse Dorn spoke first.\n\n“The docks stay shut.” Larsen said the port would lose money.",
    ).find((q) => q.kind === "direct");
    expect(other?.who).not.toBe("Larsen");
  });

  it("keeps the sentence open after an abbreviation in parentheses", () => {
    const [q] = quoted(
      'But Rep. Mona K. Iverson (D-Minn.), pointing to the long lines, said, "We need more polling places."',
    );
    expect(q).toMatchObject({ text: "We need more polling places.", who: "Mona K. Iverson" });
  });

  it("reads 'according to X' after a quotation and 'According to X:' before one", () => {
    const [a] = quoted(
      "The dam was inspected twice.\n\n“Engineers expect to finish the survey within a month,” according to the Valley Herald.",
    );
    expect(a.who).toMatch(/Valley Herald/);
    const [b] = quoted("According to the Courier: “The bridge has been unsafe for a decade.”");
    expect(b.who).toMatch(/Courier/);
  });

  it("takes the issuer of a statement that the quotation gives", () => {
    const [a] = quoted(
      "After the fire, Governor Ruth Abara issued a statement, “Our thoughts are with the families of the workers.”",
    );
    expect(a.who).toBe("Ruth Abara");
    const [b] = quoted(
      "When the plant closed, the union released the following statement:\n\n“We will fight for every job in this valley.”",
    );
    expect(b.who).toMatch(/union/);
  });

  it("takes the source before a participle phrase and an appositive with an infinitive", () => {
    const [a] = quoted(
      "A second official speaking to the Gazette said, “The budget will be cut again.”",
    );
    expect(a.who).toBe("A second official");
    const [b] = quoted(
      '"The ruling protects every tenant in the city," Carmen Oduya, lawyer for one of the groups to bring the case, said in a statement.',
    );
    expect(b.who).toBe("Carmen Oduya");
  });

  it("never takes the listener after 'told' for the speaker", () => {
    const [q] = quoted(
      "Voting ends Friday.\n\nAnton Weiss, who chairs the county board, told the Tribune, “Turnout will be higher than last year.”",
    );
    expect(q.who).toBe("Anton Weiss");
  });

  it("reads a participle between a determiner and the noun of an inverted tag", () => {
    const [q] = quoted(
      "Mayor Rina Holt leads the polls.\n\n“Nobody expects a recount,” said one retired election clerk.",
    );
    expect(q.who).toBe("one retired election clerk");
  });

  it("gives the words of a recording to the person it shows, not to a later clause", () => {
    const [a, b] = quoted(
      "A new ad from the Ferreira campaign attacks her rival.\n\nThe ad plays a clip of Tomas Wendt asking, “Who needs a budget anyway?”\n\nIt ends with footage of Wendt saying at the forum, “That makes me thrifty,” when Ferreira pressed him.",
    );
    expect(a.who).toBe("Tomas Wendt");
    expect(b.who).toBe("Tomas Wendt");
  });

  it("reads an '-s' verb tagged as a noun right before a quotation", () => {
    const [a] = quoted("The new mailer claims “Councillor Ruiz never read the budget.”");
    expect(a.who).toMatch(/mailer/);
    // After a possessive the word is a noun: the tag after the quotation names the speaker.
    const [b] = quoted(
      'The council met.\n\nOkafor\'s remarks "have done real harm to the town," the mayor wrote.',
    );
    expect(b.who).toMatch(/mayor/);
  });

  it("does not take 'a note of' something for a carrier of words", () => {
    const q = quoted(
      'Coach Ivo Brandt spoke after the game. He struck a note of caution, saying, "We have not won anything yet."',
    );
    expect(q.map((x) => x.text)).toContain("We have not won anything yet.");
  });
});
