import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cliEnv } from "../../env.ts";

/** The gold's categories (packages/parser/test/fixtures/people-gold/README.md defines them). */
const CATEGORIES = [
  "government",
  "legislature",
  "military",
  "judiciary",
  "international organization",
  "party/campaign",
  "business",
  "civil society",
  "expert/academic",
  "media",
  "public",
  "unknown",
] as const;
type GoldCategory = (typeof CATEGORIES)[number];

/** One person of the people gold, with the facts the text gives (null where it gives none). */
export interface GoldPerson {
  name: string;
  aliases: string[];
  role: string | null;
  organization: string | null;
  country: string | null;
  party: string | null;
  category: GoldCategory;
  official: boolean;
  evidence: string;
  /** Other roles the text gives this person at the article's time; any of them is right. */
  alternatives?: { role: string | null; organization: string | null }[];
}

export interface PeopleGoldArticle {
  source: string;
  id: string;
  date: string | null;
  text: string;
  people: GoldPerson[];
}

/** Where the corpora live unless --corpora says: $WHOSAID_CORPORA, else ../shared/corpora. */
export const defaultCorpora = () =>
  cliEnv().corpora ?? resolve(import.meta.dirname, "../../../../../../shared/corpora");

/**
 * Reads a people gold (one article per line). A line carries its `text` (Wikinews, CC BY 2.5) or
 * points at a corpus article by `file` and `id`, whose text is loaded from `corpora` — PolNeAR
 * and GGT texts are development data and are never stored in the repository.
 */
export function readPeopleGold(path: string, corpora = defaultCorpora()): PeopleGoldArticle[] {
  const corpusFiles = new Map<string, Map<string, { text: string; date?: string }>>();
  const corpusText = (file: string, id: string) => {
    let byId = corpusFiles.get(file);
    if (!byId) {
      const full = join(corpora, file);
      let raw: string;
      try {
        raw = readFileSync(full, "utf8");
      } catch {
        throw new Error(`corpus file ${full} not found (set --corpora or WHOSAID_CORPORA)`);
      }
      byId = new Map();
      for (const l of raw.split("\n")) {
        if (!l.trim()) continue;
        const article = JSON.parse(l);
        byId.set(article.id, article);
      }
      corpusFiles.set(file, byId);
    }
    const article = byId.get(id);
    if (!article) throw new Error(`article ${id} not found in ${file}`);
    return article.text;
  };
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, n) => ({ line, n }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new Error(`${path}:${n + 1}: not JSON`);
      }
      if (typeof raw.id !== "string" || !Array.isArray(raw.people))
        throw new Error(`${path}:${n + 1}: a people gold line needs "id" and "people"`);
      const text =
        typeof raw.text === "string" ? raw.text : corpusText(String(raw.file), raw.id as string);
      return {
        source: String(raw.source ?? ""),
        id: raw.id,
        date: typeof raw.date === "string" ? raw.date : null,
        text,
        people: raw.people as GoldPerson[],
      };
    });
}
