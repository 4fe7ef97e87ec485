import {
  countryOfCity,
  countryOfDemonym,
  countryOfDemonymWord,
  countryOfName,
  countryOfPluralDemonym,
  EVENT_LAST,
  FORMER,
  HONORIFICS,
  ORG_LAST,
  ROLE_HEADS,
  US_STYLE_TITLES,
} from "./lexicon.ts";
import { seeksOffice } from "./office-sought.ts";
import { orgAfterPreposition, orgBeforeRole, textOrganization } from "./org-of-text.ts";
import { partyOfOrg } from "./party.ts";
import {
  emptyRole,
  findOrgIn,
  headOf,
  isRoleWord,
  overUnknownBody,
  type RoleInfo,
  singularTitle,
  splitOwner,
  titleCase,
  withOwner,
  withoutFormerPrefix,
  withoutFormerPrefixKeepCase,
} from "./role.ts";
import { isCapitalized, isInitial, isPossessive, joinWords, type Word } from "./words.ts";

/** End index of the last strong head that is followed by more role words, or -1. */
function lastStrongHeadEnd(words: string[]): number {
  const lower = words.map((w) => w.toLowerCase());
  let end = -1;
  for (let i = 0; i < lower.length; i++) {
    // "Attorney General": a head that runs to the end is the title itself, not a role before it.
    if (ROLE_HEADS.has(lower.slice(i).join(" "))) break;
    for (let j = lower.length - 1; j > i; j--) {
      const h = ROLE_HEADS.get(lower.slice(i, j).join(" "));
      if (h && !h.weak) {
        end = j;
        i = j - 1;
        break;
      }
    }
  }
  return end;
}

/** Reads a title written before a name: "Russia's foreign minister", "Ukrainian President", "Gen.". */
export function parseTitle(written: Word[]): RoleInfo {
  const info = emptyRole(joinWords(written));
  // "Sens. A, B and C": a plural title gives each name the singular role.
  const words = written.map((w, i) => (i === written.length - 1 ? singularTitle(w) : w));
  const orgHit = findOrgIn(words);
  if (orgHit) {
    info.org = orgHit.org;
    info.orgText = orgHit.text;
    info.party = partyOfOrg(orgHit.org, orgHit.text);
    // "Yukon Liberal leader", "Liberal National MP": capitalised words joined to a party's name
    // make another party, named as written.
    const whole = orgHit.org.kind === "party" ? partyRun(words, orgHit.from, orgHit.to) : null;
    if (whole && info.party) {
      info.org = { ...orgHit.org, name: whole, country: null, wikidataId: null, source: "text" };
      info.orgText = whole;
      info.party = { name: whole, text: whole };
    }
    // "Harbor Times reporter": a known name inside a longer one is another body of its kind.
    const longer = orgHit.org.kind === "party" ? null : bodyRun(words, orgHit.from, orgHit.to);
    if (longer) {
      info.org = { ...orgHit.org, name: longer, country: null, wikidataId: null, source: "text" };
      info.orgText = longer;
    }
  }
  // The role is the stretch of role words that ends at the name.
  // "First Minister of Scotland": a role's domain after "of" ends the title.
  let domain = words.length;
  while (domain > 0 && isCapitalized(words[domain - 1]) && !isRoleWord(words[domain - 1].lower))
    domain--;
  // "Special Representative for Iran": "for" opens a domain as "of" does.
  const hasDomain =
    domain < words.length &&
    (words[domain - 1]?.lower === "of" || words[domain - 1]?.lower === "for") &&
    domain > 1 &&
    isRoleWord(words[domain - 2].lower);
  // "archaeologist Dr.", "economist Prof.": an honorific next to the name closes the role.
  let bare = words.length;
  while (
    bare > 1 &&
    ((HONORIFICS.has(words[bare - 1].lower) && words[bare - 1].lower !== "the") ||
      isInitial(words[bare - 1]))
  )
    bare--;
  let r = hasDomain ? domain - 1 : bare;
  while (
    r > 0 &&
    (isRoleWord(words[r - 1].lower) ||
      ((words[r - 1].lower === "of" || words[r - 1].lower === "for") && r < words.length) ||
      // "President and CEO": coordinated roles are one title.
      (words[r - 1].lower === "and" && r < words.length && r > 1 && isRoleWord(words[r - 2].lower)))
  )
    r--;
  // "White House press secretary": an organization opening the role is not part of it; one after
  // the role's "of" is ("Speaker of the House").
  if (orgHit && orgHit.from <= r && orgHit.to > r && orgHit.to < words.length) {
    // "Senate candidate": the office sought is part of the role, and the body is not the
    // candidate's organization (see officeSought).
    if (orgHit.org.kind !== "party" && seeksOffice(words[bare - 1]?.lower ?? "")) {
      if (info.org?.country) info.place = { code: info.org.country, text: info.orgText ?? "" };
      info.org = null;
      info.orgText = null;
    } else r = orgHit.to;
  }
  const roleWords = words
    .slice(r, Math.max(r, bare))
    .map((w) => w.text)
    .filter((w) => !HONORIFICS.has(w.toLowerCase()));
  while (roleWords[0] && roleWords[0].toLowerCase() === "of") roleWords.shift();
  // "Minister of Crown-Indigenous Relations": a role whose domain ends in a role-like word.
  if (!headOf(roleWords)) {
    const of = words.findIndex(
      (w, k) => w.lower === "of" && k > 0 && isRoleWord(words[k - 1].lower),
    );
    let k = of;
    while (k > 0 && isRoleWord(words[k - 1].lower)) k--;
    if (of > 0 && headOf(words.slice(k, of).map((w) => w.text))) {
      roleWords.splice(0, roleWords.length, ...words.slice(k).map((w) => w.text));
      // The domain's words are the role's, not a body named before it.
      r = k;
    }
  }
  // "the province's chief medical officer", "Obama's adviser": the owner is no part of the role.
  const owned = splitOwner(roleWords);
  roleWords.splice(0, roleWords.length, ...owned.rest.map(withoutFormerPrefixKeepCase));
  // "presidential candidate Sen.": two roles in a row; the one next to the name is the title.
  const cut = lastStrongHeadEnd(roleWords);
  if (cut > 0 && cut < roleWords.length && headOf(roleWords.slice(cut))) roleWords.splice(0, cut);
  // "union leader and party co-founder": the "and" of two roles opens neither.
  if (roleWords.length > 1 && roleWords[0].toLowerCase() === "and") roleWords.shift();
  // "Liberal National MP": the words of a party's name are no part of the role.
  const partyWords = info.party ? new Set(info.party.text.split(" ")) : null;
  while (partyWords && roleWords.length > 1 && partyWords.has(roleWords[0])) roleWords.shift();
  info.head = headOf(roleWords);
  if (info.head) info.role = withOwner(titleCase(roleWords), owned.owner);
  // "Metro Transit spokesman", "Solar Party chairman": a body nobody knows, named before the role.
  if (info.head && !info.org) {
    // "Harbor Police Lt.", "Solar Party presidential nominee": capitalised words of the role that
    // are a body word, after a name, end the body's name rather than open the role.
    let end = r;
    while (
      end < words.length - 1 &&
      end > 0 &&
      isCapitalized(words[end]) &&
      ORG_LAST.has(words[end].lower) &&
      !headOf([words[end].text]) &&
      roleWords[0] === words[end].text &&
      roleWords.length > 1 &&
      isCapitalized(words[end - 1]) &&
      !isRoleWord(words[end - 1].lower)
    ) {
      end++;
      roleWords.shift();
    }
    if (end > r) {
      info.head = headOf(roleWords);
      info.role = info.head ? titleCase(roleWords) : null;
    }
    const run = orgBeforeRole(words, end, info.role ?? "");
    if (run) {
      info.org = textOrganization(run);
      info.orgText = joinWords(run);
      info.party = partyOfOrg(info.org, info.orgText);
      info.role = info.role?.replace(` to ${info.orgText}`, "") ?? null;
    }
  }
  // "the head of the Harbor Authority, Jo Kent,": the body the role's "of" names, to the end.
  const domainRun = info.head && !info.org ? orgAfterPreposition(words, info.role ?? "") : null;
  // Only a body whose kind its words give: "Commissioner of Customs and Border Protection" says
  // no more than the title.
  const domainOrg = domainRun?.at(-1) === words.at(-1) ? textOrganization(domainRun!) : null;
  if (domainOrg && domainOrg.kind !== "other") {
    info.org = domainOrg;
    info.orgText = joinWords(domainRun!);
  }
  // "the Harbor Party's Ada Marsh": a party nobody knows, named with a possessive.
  if (!info.head && !info.org) {
    const run = words.filter((w) => !isPossessive(w));
    if (run.length > 1 && run.every(isCapitalized) && /^party$/i.test(run.at(-1)!.text)) {
      info.org = textOrganization(run);
      info.orgText = joinWords(run);
      info.party = partyOfOrg(info.org, info.orgText);
    }
  }
  info.unknownBody = overUnknownBody(roleWords, info);
  const lowerTitle = words.map((w) => w.lower).join(" ");
  const usStyle = info.role
    ? US_STYLE_TITLES.find((t) => ` ${lowerTitle} `.includes(` ${t} `))
    : undefined;
  if (usStyle) info.place = { code: "US", text: `title used for US office-holders: ${usStyle}` };
  // "former" counts only when no other role stands between it and the title ("former candidate Sen. X").
  const roleStart = Math.max(r, bare) - roleWords.length;
  for (let i = roleStart + roleWords.length - 1; i >= 0; i--) {
    const w = words[i].lower.replace(/-$/, "");
    if (FORMER.has(w) || withoutFormerPrefix(w) !== w) info.former = true;
    if (i < roleStart && ROLE_HEADS.get(w) && !ROLE_HEADS.get(w)?.weak) break;
  }
  // "Special Representative for Iran" serves no Iranian office: places after "for" are the domain.
  const forAt = words.findIndex((w) => w.lower === "for");
  for (let i = 0; i < (forAt > 0 ? forAt : words.length); i++) {
    const w = words[i];
    // "Iraq War veteran", "Korea Summit envoy": a place in an event's name is not the person's.
    if (words[i + 1] && EVENT_LAST.has(words[i + 1].lower)) continue;
    const city = isCapitalized(w) ? countryOfCity(w.text) : undefined;
    if (city && !isRoleWord(w.lower)) info.place = { code: city, text: w.text };
    const pair = i + 1 < words.length ? `${w.text} ${words[i + 1].text}` : "";
    // "New Jersey Gov.": a two-word place is read whole, its last word is no country ("Jersey").
    const pairPlace = pair ? countryOfCity(pair) : undefined;
    if (pairPlace) {
      info.place = { code: pairPlace, text: pair };
      i++;
      continue;
    }
    const code =
      (pair && countryOfDemonym(pair)) ||
      countryOfDemonymWord(w) ||
      countryOfPluralDemonym(w.text) ||
      (pair && countryOfName(pair)) ||
      (isCapitalized(w) && !isRoleWord(w.lower) ? countryOfName(w.text) : undefined);
    if (code && !info.country) {
      info.country = code;
      info.countryText = words[i + 1] && isPossessive(words[i + 1]) ? `${w.text}'s` : w.text;
    }
  }
  return info;
}

const ROLE_OPENERS = new Set([
  "opposition",
  "deputy",
  "interim",
  "acting",
  "house",
  "senate",
  "caucus",
]);

/** The party's name widened over capitalised non-role words next to it, or null if none are. */
function partyRun(words: Word[], from: number, to: number): string | null {
  const joins = (w: Word | undefined) =>
    !!w && isCapitalized(w) && !headOf([w.text]) && !FORMER.has(w.lower) && !isPossessive(w);
  let a = from;
  let b = to;
  while (joins(words[a - 1]) && !countryOfName(words[a - 1].text)) a--;
  // "Liberal Opposition Leader": a word that opens the role is not the party's.
  const opensRole = (k: number) =>
    ROLE_OPENERS.has(words[k].lower) ||
    ROLE_HEADS.has(
      words
        .slice(k)
        .map((w) => w.lower)
        .join(" "),
    );
  while (b < words.length - 1 && joins(words[b]) && !opensRole(b)) b++;
  if (a === from && b === to) return null;
  return joinWords(words.slice(a, b));
}

/** The known body's name widened over capitalised words before it, or null if none are. */
function bodyRun(words: Word[], from: number, to: number): string | null {
  let a = from;
  while (
    a > 0 &&
    isCapitalized(words[a - 1]) &&
    !isRoleWord(words[a - 1].lower) &&
    !FORMER.has(words[a - 1].lower) &&
    !countryOfName(words[a - 1].text) &&
    !countryOfDemonym(words[a - 1].text)
  )
    a--;
  return a === from ? null : joinWords(words.slice(a, to));
}
