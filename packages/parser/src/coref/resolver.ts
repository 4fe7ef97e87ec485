import type { Doc, Token } from "../doc.ts";
import { namedThings } from "../people/index.ts";
import type { SpeakerSource } from "../quotes/draft.ts";
import { countryOfLabel, institutionHeads } from "../quotes/lexicon.ts";
import type { SpeakerPhrase } from "../quotes/subject/phrase.ts";
import type { Person, Span } from "../types.ts";
import { nameInApposition } from "./appositive-name.ts";
import { nameLaterDescriptions } from "./cataphora.ts";
import type { CorefContext, LabelEvent } from "./context.ts";
import { authorOfDocument, sourceOfDocument } from "./documents.ts";
import { EntityTable } from "./entities.ts";
import { documentHeads, type Entity, groupHeads, organizationHeads } from "./entity.ts";
import { namedGroupWithModifier } from "./group-modifier.ts";
import { describe, membersStart } from "./nominal.ts";
import {
  expandAcronym,
  looksLikeOrganization,
  nameWithHeadBefore,
  organizationSubjectBefore,
} from "./organizations.ts";
import { pairBefore, pairHeads } from "./pairs.ts";
import { addKnownPerson, findPerson } from "./people.ts";
import { pluralNameBefore } from "./plural-names.ts";
import { isWriter, resolvePronoun } from "./pronoun.ts";
import { mostSalient } from "./salience.ts";
import { entitySpeaker, labelSpeaker, type Speaker } from "./speaker.ts";

const TEAM_HEADS = new Set(["team", "club", "franchise", "side"]);
/** "the United Nations’ …", "the Senate's …": a description owned by a capitalized name. */
const PROPER_OWNER = /^the\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*(?:['’]s|s['’])\s/u;

/** "officials", "the couple", "critics": a label that stands for several people. */
function isGroup(head: string): boolean {
  return groupHeads.has(head) || (/[^s]s$/.test(head) && !documentHeads.has(head));
}

/**
 * A singular description of a person, not the source of "according to": "According to the
 * summary, Jane Roe asked …" opens a clause, not an apposition.
 */
function describesOnePerson(text: string, before: string): boolean {
  const head = text.toLowerCase().split(/\s+/).at(-1) ?? "";
  if (isGroup(head) || documentHeads.has(head) || organizationHeads.has(head)) return false;
  return !/according\s+to\s*$/i.test(before);
}

/** The words of a capitalized phrase without its article ("the Kremlin" → "Kremlin"), or null. */
function properName(text: string): string | null {
  const words = text.replace(/^(?:the|The)\s+/, "").split(/\s+/);
  return words.every((w) => /^[\p{Lu}\d&]/u.test(w)) ? words.join(" ") : null;
}

/** "a Superior Court judge": an article, a capitalized name, and a lower-case noun at the end. */
function modifiesNoun(toks: Token[], phrase: SpeakerPhrase): boolean {
  const head = toks[phrase.last];
  return (
    /^(?:a|an|the)$/.test(toks[phrase.first].normal) &&
    phrase.last > phrase.nameLast &&
    head.pos === "NOUN" &&
    /^\p{Ll}/u.test(head.text)
  );
}

/** "Council for Refugees", "Bank of Canada": capitalized words joined by small ones. */
function isProperPhrase(text: string): boolean {
  return text
    .split(/\s+/)
    .every((w, i) => /^[\p{Lu}\d&]/u.test(w) || (i > 0 && /^(?:of|for|and|the|on|in|&)$/.test(w)));
}

function isOrganizationName(p: Person, written: string): boolean {
  return (
    !p.wikidataId && !p.role && written.split(/\s+/).length > 1 && looksLikeOrganization(written)
  );
}

/**
 * Stage 2 of attribution: turns each speaker phrase (a name, a description, a pronoun) into the
 * entity it refers to, in text order, so that every earlier speaker is known when a later "he",
 * "the minister" or "the department" is read.
 */
export class Coreference implements CorefContext {
  readonly table: EntityTable;
  readonly labels: LabelEvent[] = [];
  /** Pronoun mentions to add to people: person id → mentions. */
  readonly pronounMentions = new Map<string, Span[]>();
  /** The article's people, with the named speakers the people stage missed added. */
  people: Person[];

  constructor(
    readonly doc: Doc,
    quoted: [number, number][],
  ) {
    this.people = doc.people;
    this.table = new EntityTable(doc, quoted);
  }

  /** Resolves every source once, in text order; returns the speaker of each. */
  resolveAll(sources: SpeakerSource[]): Map<SpeakerSource, Speaker> {
    const out = new Map<SpeakerSource, Speaker>();
    const ordered = [...new Set(sources)].sort((a, b) => a.at - b.at);
    for (const s of ordered) out.set(s, this.resolve(s));
    nameLaterDescriptions(ordered, out, this.table.events);
    return out;
  }

  private resolve(src: SpeakerSource): Speaker {
    const { toks, phrase } = src;
    const written = this.span(toks[phrase.first].start, toks[phrase.last].end);
    const rel = phrase.relative;
    const mention = rel === undefined ? written : this.span(toks[rel].start, toks[rel].end);
    if (phrase.kind === "pronoun") return this.spoke(resolvePronoun(this, mention, src.paragraph));
    // "A Superior Court of Ontario judge", "a Toronto police officer": a name that only
    // modifies a common noun describes someone.
    if (phrase.kind === "name" && !modifiesNoun(toks, phrase)) {
      const name = this.span(toks[phrase.nameFirst].start, toks[phrase.nameLast].end);
      // "U.N.", "NATO": an acronym is never a person's surname ("Un", "Nato").
      const acronym = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u.test(name.text);
      const found = acronym
        ? findPerson(this.people, "", name)
        : (findPerson(this.people, name.text, name) ?? this.addPerson(name));
      // "BC Hydro said": a person the people stage made of an organization's name is not one.
      const person = found && !isOrganizationName(found, name.text) ? found : null;
      if (person) return this.spoke(entitySpeaker(this.table.person(person), mention, "name"));
      // "The Canadian Council for Refugees said": the whole phrase names the organization (the
      // grammar keeps only the capitalized run before "for" as the name).
      const whole = written.text.replace(/^the\s+/i, "");
      const wholeName =
        whole !== name.text && isProperPhrase(whole) && looksLikeOrganization(whole) ? whole : null;
      // "Boxly said" where the article calls Boxly a "file-sharing service".
      if (
        wholeName ||
        looksLikeOrganization(name.text) ||
        namedThings(this.doc.text).has(name.text)
      ) {
        const full = wholeName ?? expandAcronym(this.doc.text, name.text) ?? name.text;
        const country = countryOfLabel(written.text);
        return this.spoke(
          entitySpeaker(this.table.named("organization", full, country), mention, "name"),
        );
      }
      const title = written.text.slice(0, name.start - written.start);
      // A capitalized speaker nobody knows: its name is the label, a person for "he" and "she".
      const nameless = this.table.named("person", name.text, countryOfLabel(title));
      return this.spoke(entitySpeaker(nameless, mention, "name"));
    }
    // "the minister" the people stage already gave to the person named with that title; not
    // the person a post-modifier names ("a spokeswoman for Trudeau" is not Trudeau).
    const post = /\s(?:for|of|to|at|with|from)\s/i.exec(written.text);
    const headPart = post ? this.span(written.start, written.start + post.index) : written;
    const person =
      findPerson(this.people, "", headPart) ??
      (describesOnePerson(headPart.text, this.doc.text.slice(written.start - 14, written.start))
        ? nameInApposition(this.doc.text, written.end, this.people)
        : null);
    if (person) return this.spoke(entitySpeaker(this.table.person(person), mention, "nominal"));
    return this.spoke(this.resolveDescription(toks, src, written, mention));
  }

  private resolveDescription(toks: Token[], src: SpeakerSource, written: Span, mention: Span) {
    const proper = properName(written.text);
    if (proper && (looksLikeOrganization(proper) || institutionHeads.has(proper.toLowerCase()))) {
      // "Facebook", "the Kremlin", "The U.S.": an organization speaking as one.
      const org = this.table.named("organization", written.text, countryOfLabel(written.text));
      return entitySpeaker(org, mention, "name");
    }
    const members = membersStart(written.text);
    if (members > 0) {
      const who = written.text.slice(members);
      return labelSpeaker(who, mention, "nominal", countryOfLabel(who), "group");
    }
    const d = describe(toks, src.phrase);
    const where = this.where(mention.start, src.paragraph);
    const label = () =>
      labelSpeaker(written.text, mention, "nominal", countryOfLabel(written.text), null);
    if (d.kind === "owner") {
      const t = toks[d.pronoun];
      const owner = resolvePronoun(this, this.span(t.start, t.end), src.paragraph);
      return owner.entity ? entitySpeaker(owner.entity, mention, "nominal") : label();
    }
    if (d.kind === "organization") {
      // "the United Nations’ climate change panel": a named owner makes the body its own,
      // not the last organization the article spoke of.
      if (PROPER_OWNER.test(written.text)) {
        const own = written.text.replace(/^the\s+/i, "");
        const org = this.table.named("organization", own, countryOfLabel(written.text));
        return entitySpeaker(org, mention, "name");
      }
      const named = (e: Entity) => !e.name.toLowerCase().includes(d.head);
      const org =
        mostSalient(
          this.table.events,
          { ...where, types: ["organization"], gender: null, reach: 4 },
          named,
        ) ??
        this.organizationWithHead(d.head, mention.start, src.paragraph) ??
        mostSalient(this.table.events, {
          ...where,
          types: ["organization"],
          gender: null,
          reach: 2,
        }) ??
        this.organizationBefore(mention.start, src.paragraph);
      return org ? entitySpeaker(org, mention, "nominal") : label();
    }
    const documentHead = d.head.replace(/(?<=[^s])s$/, "");
    if (
      d.kind === "label" &&
      documentHeads.has(documentHead) &&
      !/^(?:an?|one)\s/i.test(written.text)
    ) {
      // "reports by media outlets including CNBC … The reports said": the source named with them.
      const from = this.table.positions.paragraphStart(src.paragraph - 2);
      const source = sourceOfDocument(this.doc.text, from, mention.start, documentHead);
      if (source) {
        const p = /^\p{Lu}/u.test(source) ? findPerson(this.people, source) : null;
        if (p) return entitySpeaker(this.table.person(p), mention, "nominal");
        return labelSpeaker(source, mention, "nominal", countryOfLabel(source), null);
      }
    }
    if (d.kind === "label" && documentHeads.has(d.head)) {
      // "A statement e-mailed by Jane Roe said", "according to the post": its author speaks.
      const byName = (name: Span) => {
        const p = findPerson(this.people, name.text, name);
        return p ? this.table.person(p) : null;
      };
      const author = authorOfDocument(this, d.head, mention, src.paragraph, byName);
      if (author) return entitySpeaker(author, mention, "nominal");
    }
    // "Ann and Bo Lee … the couple said": the two people named together.
    const pair = pairHeads.has(d.head)
      ? pairBefore(this, this.doc.text, mention.start, src.paragraph, (s, e) =>
          this.namesPerson(s, e),
        )
      : null;
    if (pair) return entitySpeaker(pair, mention, "nominal");
    // "the Raptors … The team said": a team or club is the plural name of the paragraph.
    const team = TEAM_HEADS.has(d.head) ? pluralNameBefore(this, mention.start, 3) : null;
    if (team) return entitySpeaker(team.entity, mention, "nominal");
    // "the hereditary leaders" near "Wet'suwet'en hereditary chiefs": the named group.
    const named =
      d.kind === "label"
        ? namedGroupWithModifier(this.doc.text, toks, src.phrase, mention.start, (a) =>
            this.table.isQuoted(a),
          )
        : null;
    if (named) {
      const group = this.table.named("group", named.name, countryOfLabel(named.name));
      return entitySpeaker(group, mention, "nominal");
    }
    if (d.kind === "label")
      return isGroup(d.head)
        ? labelSpeaker(written.text, mention, "nominal", countryOfLabel(written.text), "group")
        : label();
    const byRole = mostSalient(this.table.events, {
      ...where,
      types: ["person"],
      gender: d.gender,
      reach: 8,
      roleWord: d.head,
    });
    if (byRole) return entitySpeaker(byRole, mention, "nominal");
    // "a justice official … the official": the same unnamed source as before.
    const same = this.labels.findLast((l) => l.head === d.head && src.paragraph - l.paragraph <= 4);
    if (same) return { ...same.speaker, speakerMention: mention, mentionKind: "nominal" as const };
    // "the lawyer for the society": a post-modifier introduces someone new, not the last person.
    const after = this.span(written.start, written.end + 6).text;
    if (d.anonymous || /\s(?:for|of|at|with)\s/.test(after)) return label();
    const near = mostSalient(this.table.events, {
      ...where,
      types: ["person"],
      gender: d.gender,
      reach: 1,
    });
    return near ? entitySpeaker(near, mention, "nominal") : label();
  }

  /** Where a mention is, in the terms salience counts. */
  where(at: number, paragraph: number) {
    return { at, paragraph, sentence: this.table.positions.sentence(at) };
  }

  /** "the diocese" after "the Roman Catholic Diocese of Covington condemned …" (3 paragraphs). */
  private organizationWithHead(head: string, at: number, paragraph: number): Entity | null {
    const from = this.table.positions.paragraphStart(paragraph - 3);
    const usable = (s: number, e: number) => !this.table.isQuoted(s) && !this.namesPerson(s, e);
    const found = nameWithHeadBefore(this.doc.text, from, at, head, usable);
    if (!found) return null;
    const org = this.table.named("organization", found.name, countryOfLabel(found.name));
    this.table.add(org, found.start, found.end, false);
    return org;
  }

  /** True when a mention of one of the article's people overlaps `start`…`end`. */
  private namesPerson(start: number, end: number): boolean {
    return this.people.some((p) => p.mentions.some((m) => m.start < end && start < m.end));
  }

  private organizationBefore(at: number, paragraph: number): Entity | null {
    const found = organizationSubjectBefore(this.doc, at, paragraph, (s, e) =>
      this.namesPerson(s, e),
    );
    if (!found) return null;
    const org = this.table.named("organization", found.name, null);
    this.table.add(org, found.start, found.end, false);
    return org;
  }

  /** Records where a speaker was named, so later pronouns and descriptions can refer to it. */
  private spoke(s: Speaker): Speaker {
    const m = s.speakerMention;
    // The writer is no antecedent: a later "they" or "the official" never means "I".
    if (!m || (s.mentionKind === "pronoun" && isWriter(m.text))) return s;
    // A one-word name nobody lists ("Story continues", "Keeper") is too weak to refer back to.
    const weak = s.entity?.type === "person" && !s.entity.personId && !/\s/.test(s.entity.name);
    if (s.entity && !weak) this.table.add(s.entity, m.start, m.end, true);
    else {
      const words = m.text.toLowerCase().split(/\s+/);
      const paragraph = this.table.positions.paragraph(m.start);
      this.labels.push({ at: m.start, paragraph, head: words[words.length - 1], speaker: s });
    }
    if (s.mentionKind === "pronoun" && s.speakerId) {
      const list = this.pronounMentions.get(s.speakerId) ?? [];
      list.push(m);
      this.pronounMentions.set(s.speakerId, list);
    }
    return s;
  }

  private addPerson(name: Span): Person | null {
    const added = addKnownPerson(this.people, name, this.doc.article.publishedAt);
    if (added) this.people = added.people;
    return added?.person ?? null;
  }

  span(start: number, end: number): Span {
    return { text: this.doc.text.slice(start, end), start, end };
  }
}
