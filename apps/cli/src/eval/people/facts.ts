/**
 * Loose agreement of facts for the people eval (documented in the people gold's README).
 *
 * Roles agree when their head nouns agree and so do their qualifiers (former, vice, deputy,
 * acting, interim, assistant, -elect): "foreign minister" = "Minister of Foreign Affairs",
 * "Sen." = "senator", "Vice President" ≠ "President", "former mayor" ≠ "mayor".
 */
const QUALIFIERS = new Map<string, string>([
  ["former", "former"],
  ["ex", "former"],
  ["retired", "former"],
  ["then", "former"],
  ["late", "former"],
  ["vice", "vice"],
  ["deputy", "deputy"],
  ["acting", "acting"],
  ["interim", "acting"],
  ["assistant", "assistant"],
  ["elect", "elect"],
]);
// Heads that name the same post, folded to one word.
const HEAD_SYNONYMS: Record<string, string> = {
  sen: "senator",
  rep: "representative",
  congressman: "representative",
  congresswoman: "representative",
  congressperson: "representative",
  congressmember: "representative",
  del: "delegate",
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  attorney: "lawyer",
  gov: "governor",
  pres: "president",
  gen: "general",
  prof: "professor",
  secy: "secretary",
  sec: "secretary",
};
// "X general" posts whose head is not the rank "general".
const GENERAL_POSTS =
  /\b(attorney|surgeon|solicitor|inspector|governor|secretary|postmaster|consul|director) general\b/g;

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/chief executive officer|chief executive/g, "ceo")
    .replace(/prime minister/g, "prime-minister")
    .replace(GENERAL_POSTS, "$1-general");

/** The head nouns (one per coordinated role: "founder and CEO") and qualifiers of a role. */
export function roleParts(role: string): { heads: Set<string>; qualifiers: Set<string> } {
  const qualifiers = new Set<string>();
  const heads = new Set<string>();
  // A preposition ends the head phrase only as a word of its own ("in-house" is a modifier).
  const core = ` ${fold(role)} `.split(/,|\(|\s(?:of|for|at|to|with|on|in|from|who)\s/)[0];
  for (const part of core.split(/\band\b|&|\//)) {
    const words = part
      .replace(/'s\b/g, "")
      .split(/[\s.]+|-(?=elect\b)|(?<=\b(?:ex|vice|co))-/)
      .filter((w) => /\p{L}/u.test(w));
    const kept: string[] = [];
    for (const w of words) {
      const q = QUALIFIERS.get(w.replace(/-$/, ""));
      if (q) qualifiers.add(q);
      else kept.push(w);
    }
    const head = kept.at(-1);
    if (head) heads.add(HEAD_SYNONYMS[head.replace(/\.$/, "")] ?? head.replace(/s$/, ""));
  }
  return { heads, qualifiers };
}

/** Do two roles agree: a shared head noun and the same qualifiers? */
export function rolesAgree(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const g = roleParts(gold);
  const p = roleParts(predicted);
  if (![...g.heads].some((h) => p.heads.has(h))) return false;
  return (
    g.qualifiers.size === p.qualifiers.size && [...g.qualifiers].every((q) => p.qualifiers.has(q))
  );
}

const ORG_STOP = new Set(["the", "of", "for", "and", "&", "on", "in", "at", "s", "us", "u"]);
const orgWords = (s: string) =>
  fold(s)
    .replace(/'s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !ORG_STOP.has(w))
    .map((w) => w.replace(/(?<=[^s])s$/, ""));

/**
 * Organizations agree when the words of one are all among the other's ("State Department" =
 * "Department of State", "Republican" = "Republican Party"), or one is the other's acronym
 * ("FBI" = "Federal Bureau of Investigation").
 */
export function organizationsAgree(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const g = orgWords(gold);
  const p = orgWords(predicted);
  if (!g.length || !p.length) return false;
  const [short, long] = g.length <= p.length ? [g, p] : [p, g];
  if (short.every((w) => long.includes(w))) return true;
  const acronym = (words: string[]) => words.map((w) => w[0]).join("");
  return short.length === 1 && long.length > 1 && short[0] === acronym(long);
}

/**
 * Parties agree when their folded names are equal ("Democrat" = "Democratic Party") or one is the
 * other's acronym ("NDP" = "New Democratic Party"); a regional party is another party ("BC
 * Liberal" ≠ "Liberal").
 */
export function partiesAgree(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const g = partyKey(gold);
  const p = partyKey(predicted);
  if (g === p) return true;
  const [short, long] = g.length <= p.length ? [g, p] : [p, g];
  const initials = long
    .split(" ")
    .map((w) => w[0])
    .join("");
  return (
    !short.includes(" ") && long.includes(" ") && (short === initials || short === `${initials}p`)
  );
}

/** A party's name folded: "Democrat", "Democratic Party" → "democratic"; "GOP" → "republican". */
export function partyKey(party: string): string {
  const w = orgWords(party).filter((x) => x !== "party");
  const key = w.join(" ");
  if (key === "democrat") return "democratic";
  if (key === "gop") return "republican";
  return key;
}

/** The gold category a parser category stands for ("expert" is "expert/academic"). */
export function categoryKey(category: string | null | undefined): string | null {
  if (!category) return null;
  // The parser writes enum-style names ("civil_society").
  const c = category.toLowerCase().trim().replace(/_/g, " ");
  if (c === "expert" || c === "academic") return "expert/academic";
  if (c === "party" || c === "campaign") return "party/campaign";
  if (c === "international" || c === "international body") return "international organization";
  return c;
}
