import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";
import type { ParsedArticle, Quote } from "../types.ts";

const parse = (body: string) =>
  parseArticle(`Harbour town weighs its options\n\n${body}`, { format: "text" });

const speakerOf = (a: ParsedArticle, q: Quote) =>
  a.people.find((p) => p.id === q.speakerId)?.name ?? q.speakerLabel;

function pieces(a: ParsedArticle, statementId: string): Quote[] {
  return a.quotes.filter((q) => q.statementId === statementId);
}

/** The shortest quote holding the words (the quoted piece rather than the clause around it). */
const quoteWith = (a: ParsedArticle, words: string) => {
  const q = a.quotes
    .filter((x) => x.text.includes(words))
    .sort((x, y) => x.text.length - y.text.length)[0];
  if (!q) throw new Error(`no quote with "${words}"`);
  return q;
};

describe("a statement is one unit", () => {
  it("joins a direct quote split by a tag into two pieces, each with its own span", () => {
    const a = parse(
      "“The ferry will run all winter,” harbourmaster Oskar Lindqvist said on Thursday, “even if the ice comes early.”",
    );
    const first = quoteWith(a, "ferry will run");
    const second = quoteWith(a, "ice comes early");
    expect(second.statementId).toBe(first.statementId);
    expect(first.kind).toBe("direct");
    expect(first.end).toBeLessThan(second.start);
    expect(a.text.slice(second.start, second.end)).toBe(second.text);
    expect(pieces(a, first.statementId)).toHaveLength(2);
  });

  it("joins three pieces split by two tags of one speaker", () => {
    const a = parse(
      "“We will reopen the clinic in spring,” Dr. Amara Quist said on Friday, “and the waiting list will shrink,” she added, “once the new nurses arrive.”",
    );
    const ids = new Set(a.quotes.map((q) => q.statementId));
    expect(ids.size).toBe(1);
    expect(a.quotes).toHaveLength(3);
    expect(new Set(a.quotes.map((q) => speakerOf(a, q)))).toEqual(new Set(["Amara Quist"]));
  });

  it("keeps a partial quote with the indirect statement that carries it", () => {
    const a = parse(
      "Councillor Ben Okafor said the housing levy was “a tax on renters” and would be repealed.",
    );
    const partial = quoteWith(a, "a tax on renters");
    const indirect = a.quotes.find((q) => q.kind === "indirect");
    expect(partial.kind).toBe("partial");
    expect(indirect?.text).toContain("housing levy");
    expect(indirect?.statementId).toBe(partial.statementId);
  });

  it("makes one statement of a partial quote inside an indirect one inside a longer one", () => {
    const a = parse(
      "Mayor Lena Hartwig announced a transit plan at a breakfast with business leaders on Monday, insisting that “the buses cannot wait” for federal money.",
    );
    expect(a.quotes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(a.quotes.map((q) => q.statementId)).size).toBe(1);
    expect(a.quotes.map((q) => q.kind)).toContain("partial");
    expect(a.quotes.map((q) => q.kind)).toContain("indirect");
  });

  it("keeps a statement reported inside another statement apart", () => {
    const a = parse(
      "Councillor Ben Okafor spoke after the vote. Okafor said Mayor Lena Hartwig told reporters that the budget was balanced.",
    );
    const outer = quoteWith(a, "told reporters");
    const inner = a.quotes.find((q) => q.text === "the budget was balanced");
    expect(inner).toBeDefined();
    expect(inner?.statementId).not.toBe(outer.statementId);
    expect(speakerOf(a, outer)).toBe("Ben Okafor");
    expect(speakerOf(a, inner!)).toBe("Lena Hartwig");
  });

  it("gives each statement one speaker and numbers statements in reading order", () => {
    const a = parse(
      [
        "“Nobody reads the fine print,” said Priya Raman, a consumer lawyer in Halifax.",
        "“Banks count on that,” said Tomas Weller, who runs a credit union. “It pays” for them to keep contracts long, he added.",
      ].join("\n\n"),
    );
    const byStatement = new Map<string, Set<string | null>>();
    for (const q of a.quotes) {
      byStatement.set(
        q.statementId,
        (byStatement.get(q.statementId) ?? new Set()).add(speakerOf(a, q)),
      );
    }
    for (const speakers of byStatement.values()) expect(speakers.size).toBe(1);
    expect(speakerOf(a, quoteWith(a, "It pays"))).toBe("Tomas Weller");
    const order = [...new Set(a.quotes.map((q) => q.statementId))];
    expect(order).toEqual(order.map((_, i) => `s${i + 1}`));
  });
});

describe("quoted words", () => {
  it("are a partial quote of the speaker who calls or refers to something by them", () => {
    const a = parse(
      [
        "Senator Maria Olsen called the merger “reckless” on Monday.",
        "Tom Brandt said the pact was a mistake, referring to it as the “harbour swindle” in a radio interview.",
        "Olsen said the toll was, in what she called a “last resort,” the only way to pay for the bridge.",
      ].join("\n\n"),
    );
    expect(speakerOf(a, quoteWith(a, "reckless"))).toBe("Maria Olsen");
    expect(quoteWith(a, "reckless").kind).toBe("partial");
    expect(speakerOf(a, quoteWith(a, "harbour swindle"))).toBe("Tom Brandt");
    expect(speakerOf(a, quoteWith(a, "last resort"))).toBe("Maria Olsen");
  });

  it("are no one's when they only name a thing", () => {
    const a = parse(
      [
        "Olsen said the documentary “Northern Lights Rising” had changed her mind.",
        "Marchers carried placards reading “Fund our schools now,” Olsen said.",
        "A group called “Parents for Parks” held a vigil, Tom Brandt said.",
        "The levy, known as “the renters’ toll,” passed in May, Brandt said.",
        "Brandt said the so-called “green corridor” would cost millions.",
        "The plan was dubbed “the long road” by residents, Olsen said.",
        "Olsen said the term “affordable” had lost its meaning.",
      ].join("\n\n"),
    );
    for (const words of [
      "Northern Lights Rising",
      "Fund our schools now",
      "Parents for Parks",
      "renters’ toll",
      "green corridor",
      "the long road",
      "affordable",
    ]) {
      expect(a.quotes.filter((q) => q.kind !== "indirect" && q.text.includes(words))).toEqual([]);
    }
    // The statements that mention them are still there.
    expect(a.quotes.some((q) => q.kind === "indirect" && q.text.includes("changed her mind"))).toBe(
      true,
    );
  });
});
