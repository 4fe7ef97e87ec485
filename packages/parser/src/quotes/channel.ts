import type { Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { isUpper } from "../util/token-flags.ts";
import { channelNouns, platforms } from "./lexicon.ts";
import { endsSentence } from "./view.ts";

const platformSet = new Map(platforms.map((p) => [p.toLowerCase(), p]));
const nounSet = new Set(channelNouns);
const LEADS = new Set(grammar.channelPrepositions);
const FILLERS = new Set(grammar.channelFillers);

/**
 * Where a statement was made, from the words after its cue: "on Twitter", "in a statement",
 * "in his speech to the G-20"; a "told <Outlet>" cue gives the outlet.
 */
export function findChannel(
  toks: Token[],
  cue: number,
  lemma: string | null,
  ceil: number,
): string | null {
  if (cue < 0) return null;
  const end = Math.min(ceil, cue + 14);
  if (lemma === "tell" && cue + 1 < end && isUpper(toks[cue + 1])) {
    let k = cue + 1;
    while (k + 1 < end && isUpper(toks[k + 1])) k++;
    return `told ${toks
      .slice(cue + 1, k + 1)
      .map((t) => t.text)
      .join(" ")}`;
  }
  for (let k = cue + 1; k < end; k++) {
    if (endsSentence(toks[k]) || toks[k].text === "“" || toks[k].text === '"') break;
    if (!LEADS.has(toks[k].normal)) continue;
    const platform = platformSet.get(toks[k + 1]?.normal ?? "");
    if (platform && toks[k].normal !== "in") return platform;
    let j = k + 1;
    while (j < end && FILLERS.has(toks[j].normal)) j++;
    const found = nounAt(toks, j, end);
    if (found) return withRecipient(toks, j, found, end);
  }
  return null;
}

function nounAt(toks: Token[], j: number, end: number): number {
  for (let n = 3; n >= 1; n--) {
    if (j + n > end) continue;
    const phrase = toks
      .slice(j, j + n)
      .map((t) => t.normal)
      .join(" ");
    if (nounSet.has(phrase)) return j + n - 1;
  }
  return -1;
}

const RECIPIENT_STOP = new Set(grammar.channelRecipientStops);

/** Extends "speech" to "speech to the G-20" when a short recipient follows. */
function withRecipient(toks: Token[], first: number, last: number, end: number): string {
  let stop = last;
  if (toks[last + 1]?.normal === "to") {
    let k = last + 2;
    while (
      k < end &&
      k - last <= 6 &&
      !RECIPIENT_STOP.has(toks[k].normal) &&
      toks[k].type !== "punctuation" &&
      !toks[k].normal.endsWith("ing")
    )
      k++;
    if (k > last + 2 && toks[k - 1].pos !== "DET") stop = k - 1;
  }
  const text = toks
    .slice(first, stop + 1)
    .map((t, i, a) => (i > 0 && a[i - 1].end === t.start ? "" : " ") + t.text)
    .join("");
  return text.trim();
}
