import type { Doc, Token } from "../doc.ts";
import { officeholdersBySurname } from "../kb/index.ts";
import particles from "../lexicon/name-particles.json" with { type: "json" };
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { surnameKey } from "../people/index.ts";
import type { Person } from "../types.ts";
import { SpanIndex } from "../util/span-index.ts";
import { isUpper } from "../util/token-flags.ts";
import {
  type Entity,
  type EntityType,
  type Gender,
  genderOfWord,
  type MentionEvent,
} from "./entity.ts";
import { genderOfGivenName } from "./first-names.ts";
import { MentionEvents } from "./mention-events.ts";
import { Positions } from "./positions.ts";

const PARTICLES = new Set(particles.particles);
const PREPOSITIONS = new Set([...grammar.prepositions, "and", "or", "than", "as", "including"]);

/**
 * The article's entities and the places that mention them, in text order: every person of the
 * people stage (mentions in the body only, none inside quotation marks: bylines, credits and
 * quoted names do not speak), then organizations and groups as speakers reveal them.
 */
export class EntityTable {
  readonly events: MentionEvents;
  readonly positions: Positions;
  private readonly byKey = new Map<string, Entity>();
  /** The quotations' spans, indexed: a scan of all of them per mention was quadratic. */
  private readonly quoted: SpanIndex<true>;

  constructor(
    private readonly doc: Doc,
    quoted: [number, number][],
  ) {
    this.positions = new Positions(doc);
    this.quoted = new SpanIndex(
      quoted.map(([start, end]) => ({ range: { start, end }, value: true })),
    );
    const events: MentionEvent[] = [];
    for (const p of doc.people) {
      const entity = this.person(p);
      for (const m of p.mentions) {
        if (m.kind === "pronoun" || this.isQuoted(m.start) || isCredit(doc.text, m.end)) continue;
        const event = this.event(entity, m.start, m.end, false);
        if (event) events.push(event);
      }
    }
    this.events = new MentionEvents(events);
  }

  /** The entity of a person of the people stage. */
  person(p: Person): Entity {
    let e = this.byKey.get(p.id);
    if (!e) {
      const roleWords = `${p.role ?? ""} ${p.organization ?? ""}`.toLowerCase().split(/[\s,()]+/);
      const text = this.doc.text;
      // Worked out when a pronoun first asks: most people are never referred to by one.
      let gender: Gender | undefined;
      e = {
        key: p.id,
        type: "person",
        name: p.name,
        personId: p.id,
        get gender(): Gender {
          gender ??= genderOfPerson(text, p, roleWords);
          return gender;
        },
        set gender(g: Gender) {
          gender = g;
        },
        roleWords: new Set(roleWords.filter((w) => w.length > 1)),
        country: p.country,
      };
      this.byKey.set(p.id, e);
    }
    return e;
  }

  /** An entity known by its name only: an organization, a group, a person nobody else lists. */
  named(type: EntityType, name: string, country: string | null): Entity {
    const key = `${type}:${name.toLowerCase()}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { key, type, name, personId: null, gender: null, roleWords: new Set(), country };
      this.byKey.set(key, e);
    }
    return e;
  }

  /** Records a mention of `entity` at [start, end), keeping the events in text order. */
  add(entity: Entity, start: number, end: number, speaker: boolean): void {
    const event = this.event(entity, start, end, speaker);
    if (!event) return;
    this.events.add(event);
  }

  /**
   * The person whose name is written last before `at`, within `reach` paragraphs, where the people
   * stage kept no mention ("For Jane Roe and thousands of others, …" opening the story), agreeing
   * with `gender`. Read only when a pronoun found no one: a scan of the window per person.
   */
  unlistedBefore(at: number, paragraph: number, reach: number, gender: Gender): Entity | null {
    const from = this.positions.paragraphStart(paragraph - reach);
    // Only the window: a search of the whole text before it per person grew with the article.
    const window = this.doc.text.slice(from, at);
    let best: { entity: Entity; at: number } | null = null;
    for (const p of this.doc.people) {
      const found = window.lastIndexOf(p.name);
      const i = found < 0 ? -1 : from + found;
      if (i < from || (best && i < best.at) || this.isQuoted(i) || this.positions.paragraph(i) < 0)
        continue;
      const entity = this.person(p);
      if (gender && entity.gender && entity.gender !== gender) continue;
      best = { entity, at: i };
    }
    return best?.entity ?? null;
  }

  isQuoted(at: number): boolean {
    return this.quoted.overlaps({ start: at, end: at + 1 });
  }

  private event(entity: Entity, start: number, end: number, speaker: boolean) {
    const paragraph = this.positions.paragraph(start);
    if (paragraph < 0) return null;
    const text = this.doc.text;
    const possessive = /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 3));
    // "Although Trump has tweeted …, its inclusion …": a fronted concessive clause is background;
    // its subject is not who the story is about, even when it speaks there.
    const background = this.inConcessive(start);
    const foil = this.inContrast(start);
    return {
      at: start,
      entity,
      paragraph,
      sentence: this.positions.sentence(start),
      subject: !possessive && !background && !foil && (speaker || this.opensClause(start)),
      possessive,
      foil,
      speaker: speaker && !background,
    };
  }

  /** True inside a sentence-opening "Although …," / "Though …," / "Whereas …," clause. */
  private inConcessive(at: number): boolean {
    const here = this.positions.tokenAt(at);
    if (!here || !CONCESSIVE.has(here.toks[0]?.normal)) return false;
    for (let k = 1; k < here.i; k++) if (here.toks[k].text === ",") return false;
    return true;
  }

  /** True inside a sentence-opening "Unlike …," / "Like …," / "As with …," / "Compared with …,". */
  private inContrast(at: number): boolean {
    const here = this.positions.tokenAt(at);
    if (!here) return false;
    const [a, b] = here.toks;
    const opens =
      CONTRAST.has(a?.normal) ||
      (a?.normal === "as" && b?.normal === "with") ||
      (a?.normal === "compared" && (b?.normal === "with" || b?.normal === "to"));
    if (!opens) return false;
    for (let k = 1; k < here.i; k++) if (here.toks[k].text === ",") return false;
    return true;
  }

  /**
   * True when the noun phrase holding the mention at `start` opens a clause ("Kim said …",
   * "…, and Education Minister Rob Fleming said"): what comes before its first word is nothing,
   * punctuation or a conjunction, not a verb or a preposition that makes it an object.
   */
  private opensClause(start: number): boolean {
    const at = this.positions.tokenAt(start);
    if (!at) return true;
    let k = at.i - 1;
    while (k >= 0 && inNounPhrase(at.toks[k])) k--;
    if (k < 0) return true;
    const t = at.toks[k];
    if (PREPOSITIONS.has(t.normal)) return false;
    return t.type === "punctuation" || t.pos === "CCONJ" || t.pos === "SCONJ" || t.pos === "ADV";
  }
}

/** "Cole Burston/The Canadian Press": a photographer's credit line left in the body names no one the story is about. */
const isCredit = (text: string, end: number) => /^\s?\/\s?\p{Lu}/u.test(text.slice(end, end + 4));

const CONCESSIVE = new Set(["although", "though", "whereas"]);
const CONTRAST = new Set(["unlike", "like", "besides"]);

const inNounPhrase = (t: Token) =>
  isUpper(t) ||
  t.pos === "ADJ" ||
  t.pos === "DET" ||
  t.pos === "NUM" ||
  t.normal === "'s" ||
  t.normal === "’s" ||
  t.text === "-" ||
  (t.pos === "NOUN" && t.normal !== "that");

/**
 * A person's gender from the text first (an honorific before a mention: "Ms. Baxter"; a gendered
 * role: "spokeswoman"), then the knowledge base, then the first-name table.
 */
function genderOfPerson(text: string, p: Person, roleWords: string[]): Gender {
  // Every place the name is written, also those the people stage did not keep as mentions.
  // A Set: the name's occurrences are mostly its mentions again, and each start reads the same.
  const starts = new Set(p.mentions.map((m) => m.start));
  for (let i = text.indexOf(p.name); i >= 0; i = text.indexOf(p.name, i + 1)) starts.add(i);
  for (const start of starts) {
    const m = { start };
    const honorific = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 6), m.start));
    const g = honorific ? genderOfWord(`${honorific[1]}.`) : null;
    if (g) return g;
    // "her husband Mohammad Al Mnajer", "his daughter, Anna": a kinship noun before the name,
    // over a given name the people stage left out of the mention.
    const kin = /(\p{Ll}{3,})\s*,?\s+(?:\p{Lu}\p{L}+\s+)?$/u.exec(
      text.slice(Math.max(0, m.start - 40), m.start),
    );
    const k = kin ? genderOfWord(kin[1]) : null;
    if (k && kin && !/^(?:she|her|hers|him|his|he)$/.test(kin[1])) return k;
  }
  for (const w of roleWords) {
    const g = w.length > 3 ? genderOfWord(w) : null;
    if (g) return g;
  }
  if (p.wikidataId) {
    const kb = officeholdersBySurname(surnameKey(p.name)).find(
      (o) => o.wikidataId === p.wikidataId,
    );
    if (kb?.gender === "female" || kb?.gender === "male") return kb.gender;
  }
  const words = p.name.split(/\s+/);
  // "Al Hashish", "De Souza": a surname opening with a particle has no given name to read.
  if (words.length < 2 || PARTICLES.has(words[0].toLowerCase())) return null;
  return genderOfGivenName(words[0]);
}
