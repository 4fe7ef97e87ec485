import gazetteerJson from "../../data/gazetteer/gazetteer.json" with { type: "json" };
import type { Doc, Token } from "../doc.ts";
import type { Place, PlaceKind, Span } from "../types.ts";
import { slot } from "../util/slot.ts";
import { SpanIndex } from "../util/span-index.ts";
import type { Gazetteer } from "./build.ts";
import { hasHeadWord, isCapitalised, unnamedPlaceAt } from "./pattern.ts";
import { textRuns } from "./runs.ts";

const GAZETTEER = gazetteerJson as unknown as Gazetteer;
// The index with each name's remaining tokens split once, at load.
const INDEX = new Map(
  Object.entries(GAZETTEER.index).map(([first, entries]) => [
    first,
    entries.map(([rest, id]) => ({ more: rest ? rest.split(" ") : [], id })),
  ]),
);

/** A place found at some tokens of a run. */
export interface PlaceHit {
  name: string;
  kind: PlaceKind;
  country: string | null;
  span: Span;
  /** Index of the first token after the match. */
  next: number;
  /** True for a name the gazetteer does not list: its country comes from the places around it. */
  inferCountry?: boolean;
}

/** The gazetteer place (or demonym) that starts at tokens[i], longest name first. */
export function gazetteerAt(tokens: readonly Token[], i: number): PlaceHit | null {
  const entries = INDEX.get(tokens[i].text);
  if (!entries) return null;
  for (const { more, id } of entries) {
    if (i + more.length >= tokens.length) continue;
    if (!more.every((m, k) => tokens[i + 1 + k].text === m)) continue;
    const [name, kind, country] = GAZETTEER.places[id];
    const last = tokens[i + more.length];
    return {
      name,
      kind,
      country,
      span: { text: "", start: tokens[i].start, end: last.end },
      next: i + more.length + 1,
    };
  }
  return null;
}

// The people stage (the article's setting) and findPlaces read the same sentences' tokens: the
// place at each token of a sentence is looked up once.
const sentencePlaces = slot<readonly Token[], (PlaceHit | null)[]>("places");

/** gazetteerAt for the tokens of a sentence, remembered per token. */
export function sentencePlaceAt(tokens: readonly Token[], i: number): PlaceHit | null {
  let known = sentencePlaces.get(tokens);
  if (!known) {
    known = [];
    sentencePlaces.set(tokens, known);
  }
  let hit = known[i];
  if (hit === undefined) {
    hit = gazetteerAt(tokens, i);
    known[i] = hit;
  }
  return hit;
}

/**
 * Places named in the title, body and captions: gazetteer names and demonyms (a demonym counts as
 * a mention of its country), plus unlisted "X Peninsula", "X Sea", "X region" names whose country
 * comes from a known place in the same sentence. Spans inside a mention of a person known by a
 * full name are skipped.
 */
export function findPlaces(doc: Doc): Place[] {
  // Only people known by a full name: a one-word "person" is more likely a misread place.
  const personSpans = new SpanIndex(
    doc.people
      .filter((p) => p.name.includes(" "))
      .flatMap((p) => p.mentions.map((range) => ({ range, value: p }))),
  );
  const insidePerson = (s: Span) => personSpans.overlaps(s);
  const byKey = new Map<string, Place>();
  for (const { tokens, text } of textRuns(doc)) {
    const hits: PlaceHit[] = [];
    const withHeads = hasHeadWord(text);
    for (let i = 0; i < tokens.length; ) {
      // Every listed name and every pattern starts with a capital letter.
      if (!isCapitalised(tokens[i])) {
        i++;
        continue;
      }
      const hit =
        (withHeads ? unnamedPlaceAt(tokens, i, gazetteerAt) : null) ?? sentencePlaceAt(tokens, i);
      if (!hit) {
        i++;
        continue;
      }
      if (!insidePerson(hit.span)) hits.push(hit);
      i = hit.next;
    }
    for (const hit of hits) {
      const country = hit.inferCountry ? nearestCountry(hits, hit) : hit.country;
      const key = `${hit.name}\u0000${hit.kind}`;
      const place = byKey.get(key) ?? { name: hit.name, kind: hit.kind, country, mentions: [] };
      place.country ??= country;
      place.mentions.push({
        text: doc.text.slice(hit.span.start, hit.span.end),
        start: hit.span.start,
        end: hit.span.end,
      });
      byKey.set(key, place);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start,
  );
}

/** For an unlisted place, the country of the closest place with one in the same sentence. */
function nearestCountry(hits: PlaceHit[], hit: PlaceHit): string | null {
  let best: PlaceHit | null = null;
  for (const h of hits) {
    if (h === hit || !h.country) continue;
    if (
      !best ||
      Math.abs(h.span.start - hit.span.start) < Math.abs(best.span.start - hit.span.start)
    )
      best = h;
  }
  return best?.country ?? null;
}
