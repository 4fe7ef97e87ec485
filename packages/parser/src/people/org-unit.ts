import type { Organization } from "../kb/index.ts";
import { bodyOf } from "./category.ts";
import { ORG_LAST } from "./lexicon.ts";
import { organizationNamed } from "./org-named.ts";
import { orgAfterPreposition, textOrganization } from "./org-of-text.ts";
import { isCapitalized, joinWords, type Word } from "./words.ts";

/**
 * "head of the Center for Rural Health at the University of Leeds": the unit the role heads, named
 * before the known body it belongs to, is the person's organization; it is of the body's kind
 * and in its country unless its own words say otherwise. Null when no unit is named.
 */
export function unitOf(
  before: Word[],
  parent: Organization,
  role: string,
): { org: Organization; text: string } | null {
  const run = orgAfterPreposition(before, role);
  if (!run?.some((w) => ORG_LAST.has(w.lower))) return null;
  const own = textOrganization(run);
  const kind = own.kind === "other" ? parent.kind : own.kind;
  return { org: { ...own, kind, country: own.country ?? parent.country }, text: joinWords(run) };
}

/**
 * "president of boutique consulting firm Tallow Partners Inc.": after the role's "of", a common
 * noun of a body ("firm", "union") and the body's name. Null unless both are there.
 */
export function describedBodyAfterOf(
  body: Word[],
): { org: Organization; text: string; at: number } | null {
  const of = body.findIndex((w, k) => k > 0 && w.lower === "of");
  if (of < 0) return null;
  const rest = body.slice(of + 1);
  const name = rest.findIndex(isCapitalized);
  if (name < 1 || !bodyOf(rest.slice(0, name).map((w) => w.text))) return null;
  const named = organizationNamed(rest);
  return named ? { org: named.org, text: joinWords(rest.slice(name)), at: of } : null;
}
