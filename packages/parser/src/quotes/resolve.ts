import type { Doc, Token } from "../doc.ts";
import { ensurePerson, matchOfficeholder, resolvePersonByName } from "../people/index.ts";
import type { Person, Span } from "../types.ts";
import { countryOfLabel, pronouns } from "./lexicon.ts";
import { mentionIndex } from "./mention-index.ts";
import type { SpeakerPhrase } from "./speaker.ts";

/** The speaker fields of a Quote. */
export interface Speaker {
  speakerId: string | null;
  speakerLabel: string | null;
  speakerCountry: string | null;
  speakerMention: Span | null;
  /** The name the speaker resolves to (person's name or the name as written), for chaining. */
  name: string | null;
}

// "his promise to …": possessive pronouns resolve like their subject forms.
const POSSESSIVE_NUMBER: Record<string, string> = {
  his: "singular",
  her: "singular",
  their: "plural",
  its: "thing",
};

interface Recent {
  at: number;
  paragraph: number;
  speaker: Speaker;
}

/**
 * Finds the person a speaker refers to: a person whose mention overlaps the speaker as written,
 * else the people stage's name lookup (full name, alias or surname, transliteration-tolerant; the
 * one mentioned last before the speaker when several share a surname).
 */
export function findPerson(people: Person[], name: string, span?: Span): Person | null {
  if (span) {
    const overlapping = mentionIndex(people).overlapping(span);
    // The first person in the list, as a scan of the list would find.
    if (overlapping.length) return people[Math.min(...overlapping)];
  }
  return name ? resolvePersonByName(people, name, span?.start) : null;
}

// Words that make a capitalized speaker an organization, not a person the people stage missed.
const ORGANIZATION =
  /\b(?:News|Times|Post|Press|Journal|Party|Committee|Department|Campaign|University|Institute|Center|Centre|Council|Association|Network|Agency|Office|Group|Foundation|Club|Union|Court|Commission|Ministry|Company|Corp|Inc|Magazine|Radio|Television|TV|Reuters|Bloomberg|Politico)\b/;

/** Turns speaker phrases into speaker fields, resolving pronouns to the last speaker named. */
export class SpeakerResolver {
  private recent: Recent[] = [];
  /** Pronoun mentions to add to people: person id → mentions. */
  readonly pronounMentions = new Map<string, Span[]>();

  /** The article's people, with the named speakers the people stage missed added. */
  people: Person[];

  constructor(private readonly doc: Doc) {
    this.people = doc.people;
  }

  resolve(toks: Token[], phrase: SpeakerPhrase, paragraph: number): Speaker {
    const text = this.doc.text;
    const written = span(text, toks[phrase.first].start, toks[phrase.last].end);
    // A relative "who" is the speaker as written; the phrase it stands for says who that is.
    const at = phrase.relative;
    const mention = at === undefined ? written : span(text, toks[at].start, toks[at].end);
    if (phrase.kind === "pronoun") return this.resolvePronoun(mention, paragraph);
    if (phrase.kind === "name") {
      const nameSpan = span(text, toks[phrase.nameFirst].start, toks[phrase.nameLast].end);
      const person = findPerson(this.people, nameSpan.text, nameSpan) ?? this.addPerson(nameSpan);
      if (person) return fromPerson(person, mention);
      const title = written.text.slice(0, nameSpan.start - written.start);
      return {
        speakerId: null,
        speakerLabel: nameSpan.text,
        speakerCountry: countryOfLabel(title),
        speakerMention: mention,
        name: nameSpan.text,
      };
    }
    const person = findPerson(this.people, "", written);
    if (person) return fromPerson(person, mention);
    return {
      speakerId: null,
      speakerLabel: written.text,
      speakerCountry: countryOfLabel(written.text),
      speakerMention: mention,
      name: null,
    };
  }

  /** Records a resolved speaker, so that later pronouns and bare quotes can refer back to it. */
  remember(speaker: Speaker, at: number, paragraph: number): void {
    this.recent.push({ at, paragraph, speaker });
  }

  private resolvePronoun(mention: Span, paragraph: number): Speaker {
    const lower = mention.text.toLowerCase();
    const number = pronouns[lower] ?? POSSESSIVE_NUMBER[lower];
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i];
      if (r.at > mention.start || paragraph - r.paragraph > 3) continue;
      const isPerson = r.speaker.name !== null;
      if (number === "singular" && !isPerson) continue;
      if (number !== "singular" && isPerson) continue;
      const s = { ...r.speaker, speakerMention: mention };
      if (s.speakerId) this.addPronoun(s.speakerId, mention);
      return s;
    }
    const person = number === "singular" ? this.nearestPerson(mention.start) : null;
    if (person) {
      this.addPronoun(person.id, mention);
      return fromPerson(person, mention);
    }
    return {
      speakerId: null,
      speakerLabel: mention.text,
      speakerCountry: null,
      speakerMention: mention,
      name: null,
    };
  }

  private nearestPerson(before: number): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of this.people) {
      for (const m of p.mentions) {
        if (m.kind !== "pronoun" && m.end <= before && m.start > bestAt && p.category !== "media") {
          best = p;
          bestAt = m.start;
        }
      }
    }
    return best;
  }

  /** A full name the people stage did not list becomes a person when the knowledge base knows it. */
  private addPerson(name: Span): Person | null {
    const words = name.text.split(/\s+/);
    const titled = words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (!titled || ORGANIZATION.test(name.text)) return null;
    // Only names the knowledge base knows: a capitalized phrase may be a place or a headline.
    if (!matchOfficeholder(name.text, this.doc.article.publishedAt)) return null;
    const added = ensurePerson(this.people, name, { date: this.doc.article.publishedAt });
    this.people = added.people;
    return added.person;
  }

  private addPronoun(id: string, mention: Span): void {
    const list = this.pronounMentions.get(id) ?? [];
    list.push(mention);
    this.pronounMentions.set(id, list);
  }
}

function fromPerson(p: Person, mention: Span): Speaker {
  return {
    speakerId: p.id,
    speakerLabel: null,
    speakerCountry: p.country,
    speakerMention: mention,
    name: p.name,
  };
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
