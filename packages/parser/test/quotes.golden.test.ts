import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle, type Quote } from "../src/index.ts";

// The reference article and its hand-made gold (fixtures/<name>.gold.jsonl has offsets).
const dir = join(import.meta.dirname, "fixtures");
const name = "000_af0f069f709f29ef";
const input = readFileSync(join(dir, `${name}.txt`), "utf8");
const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.jsonl`), "utf8").split("\n")[0]) as {
  quotes: {
    start: number;
    end: number;
    kind: string;
    speaker: string;
    speakerRef: string | null;
    optional: boolean;
  }[];
};
const parsed = parseArticle(input);
const people = new Map(parsed.people.map((p) => [p.id, p]));

const EDGE = /[\s"'“”‘’.,;:!?…\-–—]/u;
function trimmed(start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(input[s])) s++;
  while (e > s && EDGE.test(input[e - 1])) e--;
  return [s, e];
}
const overlap = (a: [number, number], b: [number, number]) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const surname = (s: string) => s.trim().split(/\s+/).pop()?.toLowerCase().replace(/y+$/, "y");
const speakerOf = (q: Quote) =>
  (q.speakerId ? people.get(q.speakerId)?.name : null) ?? q.speakerLabel ?? "";

/** The predicted quote covering most of a gold span (≥ 30% of it, the loose threshold). */
function bestFor(g: { start: number; end: number }, kinds: string[]): Quote | null {
  const gs = trimmed(g.start, g.end);
  let best: Quote | null = null;
  let most = 0;
  for (const q of parsed.quotes) {
    if (!kinds.includes(q.kind)) continue;
    const o = overlap(gs, trimmed(q.start, q.end));
    if (o > most) [best, most] = [q, o];
  }
  return most / (gs[1] - gs[0]) >= 0.3 ? best : null;
}

const sameSpeaker = (q: Quote, g: { speaker: string; speakerRef: string | null }) =>
  g.speakerRef
    ? surname(speakerOf(q)) === surname(g.speakerRef)
    : speakerOf(q)
        .toLowerCase()
        .includes(g.speaker.toLowerCase().split(" ").pop() ?? "");

describe("quotes of the reference article", () => {
  it("finds every required direct and partial quote with its speaker", () => {
    for (const g of gold.quotes.filter((q) => q.kind !== "indirect" && !q.optional)) {
      const q = bestFor(g, ["direct", "partial"]);
      expect(q, input.slice(g.start, g.end)).not.toBeNull();
      expect(speakerOf(q!), input.slice(g.start, g.end)).toSatisfy(() => sameSpeaker(q!, g));
    }
  });

  it("has no direct or partial quote outside the gold", () => {
    const quoted = gold.quotes
      .filter((g) => g.kind !== "indirect")
      .map((g) => trimmed(g.start, g.end));
    for (const q of parsed.quotes.filter((x) => x.kind !== "indirect")) {
      const span = trimmed(q.start, q.end);
      const covered = quoted.reduce((n, g) => n + overlap(span, g), 0);
      expect(covered / (span[1] - span[0]), q.text).toBeGreaterThanOrEqual(0.3);
      expect(input.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it("finds the required indirect statements with their speakers", () => {
    const required = gold.quotes.filter((g) => g.kind === "indirect" && !g.optional);
    const found = required.filter((g) => {
      const q = bestFor(g, ["indirect", "partial", "direct"]);
      return q !== null && sameSpeaker(q, g);
    });
    expect(found.length).toBeGreaterThanOrEqual(required.length - 1);
  });

  it("gives the statements of Ukrainian officials to Zelenskyy, Kuleba and Zaluzhny only", () => {
    const names = new Set<string>();
    for (const q of parsed.quotes) {
      const p = q.speakerId ? people.get(q.speakerId) : null;
      if (p?.country === "UA" && (p.category === "government" || p.category === "military"))
        names.add(p.name);
    }
    expect([...names].sort()).toEqual(["Dmytro Kuleba", "Valery Zaluzhny", "Volodymyr Zelenskyy"]);
  });

  it("joins split quotes, keeps channels and cues", () => {
    const menon = parsed.quotes.filter(
      (q) => q.text.startsWith("Putin is") || q.text.startsWith("because he owns"),
    );
    expect(menon).toHaveLength(2);
    expect(menon[0].statementId).toBe(menon[1].statementId);
    const kuleba = parsed.quotes.find((q) => q.text.startsWith("This is what Russia"));
    expect(kuleba).toMatchObject({ channel: "Twitter", cue: { text: "said", lemma: "say" } });
    const zaluzhny = parsed.quotes.find((q) => q.text.startsWith("Ukrainian servicemen"));
    expect(zaluzhny).toMatchObject({ channel: "Telegram", cue: { lemma: "write" } });
    const unnamed = parsed.quotes.find((q) => q.text.startsWith("Hard fighting"));
    expect(unnamed).toMatchObject({ speakerId: null, speakerLabel: "a senior military official" });
    const us = parsed.quotes.find((q) => q.text.startsWith("support for Ukraine"));
    expect(us).toMatchObject({ kind: "indirect", speakerLabel: "The U.S.", speakerCountry: "US" });
  });

  it("adds the pronouns it resolves to the speaker's mentions", () => {
    const giles = parsed.people.find((p) => p.name === "Keir Giles");
    expect(
      giles?.mentions.some((m) => m.kind === "pronoun" && input.slice(m.start, m.end) === "he"),
    ).toBe(true);
  });
});
