import { nlp } from "../util/nlp.ts";
import type { CompactConcept } from "./compact.ts";
import { isCueWord } from "./cue-word.ts";

/** The curated cue file (src/lexicon/topic-cues.json). */
export interface CueFile {
  /** Concept ids whose label is too ambiguous to be a cue on its own ("party", "game"). */
  noLabel: string[];
  /** Concept ids whose definition words are too generic to be cues. */
  noDefinition?: string[];
  /** Cue terms per concept id; "term|0.5" gives a weight other than 1. */
  cues: Record<string, string[]>;
}

/** A cue's continuation after its first lemma, and the concepts (index, weight) it points to. */
export type CueEntry = [rest: string, hits: [concept: number, weight: number][]];

/** The inverted index: first lemma → entries, longest continuation first. */
export interface CueIndex {
  concepts: number;
  terms: Record<string, CueEntry[]>;
}

const LABEL_WEIGHT = 1;
const LABEL_PART_WEIGHT = 0.6;
const DEFINITION_WEIGHT = 0.12;
// A definition noun shared by more concepts than this says nothing about any of them.
const MAX_DEFINITION_SPREAD = 3;
// Label parts too general to point at one concept ("new product or service" → "service").
const GENERIC_PARTS = new Set(
  "service product industry system policy air media event development activity medium meeting site material good equipment information resource".split(
    " ",
  ),
);
const GENERIC = new Set(
  "people person country event issue group type form use way part area system thing matter aspect activity organization number level member world state nation region time year day place body kind range variety individual amount result process action".split(
    " ",
  ),
);

const its = nlp.its;
const lemmaCache = new Map<string, string[]>();

/** Lemmas of a phrase as the sentences stage would produce them, punctuation dropped. */
function lemmatize(phrase: string): string[] {
  const hit = lemmaCache.get(phrase);
  if (hit) return hit;
  const doc = nlp.readDoc(phrase);
  const tokens = doc.tokens();
  const lemmas = tokens.out(its.lemma as never) as string[];
  const types = tokens.out(its.type) as string[];
  const texts = tokens.out(its.value) as string[];
  const normals = tokens.out(its.normal) as string[];
  const out = lemmas
    .filter((_, k) => isCueWord({ type: types[k], text: texts[k], normal: normals[k] }))
    .map((l) => l.toLowerCase());
  lemmaCache.set(phrase, out);
  return out;
}

/** Builds the inverted cue index from the compact taxonomy and the curated cues. */
export function buildCueIndex(concepts: CompactConcept[], file: CueFile): CueIndex {
  const weights = new Map<string, Map<number, number>>();
  const add = (phrase: string, concept: number, weight: number) => {
    const key = lemmatize(phrase.trim()).join(" ");
    if (!key) return;
    const byConcept = weights.get(key) ?? new Map<number, number>();
    byConcept.set(concept, Math.max(byConcept.get(concept) ?? 0, weight));
    weights.set(key, byConcept);
  };
  const noLabel = new Set(file.noLabel);
  const noDefinition = new Set(file.noDefinition ?? []);
  const byId = new Map(concepts.map((c, i) => [c.id, i]));
  const labelled = concepts.map((c, i) => [labelParts(c.label), i] as const);
  const partCount = new Map<string, number>();
  for (const [[, parts]] of labelled)
    for (const p of parts) partCount.set(p, (partCount.get(p) ?? 0) + 1);
  for (const [[whole, parts], i] of labelled) {
    if (noLabel.has(concepts[i].id)) continue;
    add(whole, i, LABEL_WEIGHT);
    // A part shared by several labels ("incident" in every "… accident and incident") is noise.
    for (const p of parts) if ((partCount.get(p) ?? 0) <= 2) add(p, i, LABEL_PART_WEIGHT);
  }
  for (const [word, owners] of definitionNouns(concepts, noDefinition)) {
    if (owners.length > MAX_DEFINITION_SPREAD) continue;
    for (const i of owners) add(word, i, DEFINITION_WEIGHT);
  }
  for (const [id, terms] of Object.entries(file.cues)) {
    const i = byId.get(id);
    if (i === undefined) throw new Error(`topic-cues.json: unknown concept ${id}`);
    for (const term of terms) {
      const [text, w] = term.split("|");
      add(text, i, w ? Number(w) : 1);
    }
  }
  const terms: Record<string, CueEntry[]> = {};
  for (const key of [...weights.keys()].sort()) {
    const [first, ...rest] = key.split(" ");
    const hits = [...weights.get(key)!.entries()].sort((a, b) => a[0] - b[0]);
    terms[first] = [...(terms[first] ?? []), [rest.join(" "), hits]];
  }
  for (const entries of Object.values(terms)) {
    entries.sort(
      (a, b) => b[0].split(" ").length - a[0].split(" ").length || (a[0] < b[0] ? -1 : 1),
    );
  }
  return { concepts: concepts.length, terms };
}

/** The label without its "(qualifier)", and its parts when it joins several subjects. */
function labelParts(label: string): [string, string[]] {
  const clean = label.replace(/\([^)]*\)/g, "").trim();
  // "air and space accident and incident" is one subject, not four.
  if ((clean.match(/\sand\s/g) ?? []).length > 1) return [clean, []];
  const parts = clean
    .split(/,\s*|\s+and\s+|\s+or\s+/)
    .filter((p) => p && p !== clean && !GENERIC_PARTS.has(p));
  return [clean, parts];
}

function definitionNouns(concepts: CompactConcept[], skip: Set<string>): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  for (const [i, c] of concepts.entries()) {
    if (skip.has(c.id) || !c.definition) continue;
    const doc = nlp.readDoc(c.definition);
    const lemmas = doc.tokens().out(its.lemma as never) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const seen = new Set<string>();
    lemmas.forEach((l, k) => {
      const w = l.toLowerCase();
      if (pos[k] !== "NOUN" || w.length < 4 || GENERIC.has(w) || seen.has(w)) return;
      seen.add(w);
      owners.set(w, [...(owners.get(w) ?? []), i]);
    });
  }
  return owners;
}
