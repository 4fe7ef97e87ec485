import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

function whoSaid(paragraphs: string[], start: string) {
  const parsed = parseArticle(`A headline for the test\n\n${paragraphs.join("\n\n")}`);
  const q = parsed.quotes.find((x) => x.text.startsWith(start));
  const person = q?.speakerId && parsed.people.find((p) => p.id === q.speakerId)?.name;
  return q && (person || q.speakerLabel);
}

describe("documents and their authors", () => {
  it("give a statement sent by someone to that person", () => {
    const who = whoSaid(
      [
        "A statement e-mailed to the Herald by Tomas Brandt, who joined the board in May, said “the station will comply.”",
      ],
      "the station will comply",
    );
    expect(who).toBe("Tomas Brandt");
  });

  it("give “according to the post” to whoever wrote in that post", () => {
    const who = whoSaid(
      [
        "Jana Kovac, a researcher at Nordlab, wrote in the company’s blog post that the attacks came from the same servers.",
        "According to the post, the attackers changed tactics on Thursday.",
      ],
      "the attackers changed",
    );
    expect(who).toBe("Jana Kovac");
  });

  it("leave a lawsuit's claims to the lawsuit", () => {
    const who = whoSaid(
      [
        "Jana Kovac said in a statement that she would fight the case.",
        "The lawsuit says the firm ignored repeated warnings.",
      ],
      "the firm ignored",
    );
    expect(who).not.toBe("Jana Kovac");
  });
});

describe("descriptions with a post-modifier", () => {
  it("introduce someone new (“the lawyer for the society” is not the last person named)", () => {
    const who = whoSaid(
      [
        "Rolf Amundsen was fined in May for keeping forty dogs in a shed.",
        "According to the lawyer for the Animal Welfare Society, officers seized the dogs after a tip.",
      ],
      "officers seized",
    );
    expect(who).not.toBe("Rolf Amundsen");
  });
});

describe("subject phrases", () => {
  it("keep both conjuncts of a coordinated subject", () => {
    const who = whoSaid(
      ["Landlords and tenants say that the new rules are too complicated."],
      "the new rules",
    );
    expect(who).toBe("Landlords and tenants");
  });

  it("do not join an object to the next subject", () => {
    const who = whoSaid(["Police stopped Berg and Novak said the stop was legal."], "the stop");
    expect(who).not.toMatch(/Berg/);
  });

  it("take the full name after a one-word title with its complement", () => {
    const who = whoSaid(
      ["Keeper of the Royal Archive, Ali Hassan Omar, said the council met on Monday."],
      "the council met",
    );
    expect(who).toBe("Ali Hassan Omar");
  });

  it("never read a plural noun after an article as the speech verb (“one of the states suing”)", () => {
    const who = whoSaid(
      [
        "“It is an overreach of federal power,” Tom Reyes, the attorney general of Utah, one of the states suing the agency, said on Monday.",
      ],
      "It is an overreach",
    );
    expect(who).toBe("Tom Reyes");
  });

  it("jump an age and a home town before a relative clause", () => {
    const who = whoSaid(
      [
        "Marta Jensen Holm, 61, of Dover, Del., who watched the parade on a screen, said the day brought back memories of her father.",
      ],
      "the day brought",
    );
    expect(who).toBe("Marta Jensen Holm");
  });
});
