import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The compiled knowledge base files, found with `require.resolve` and handed straight to
 * JSON.parse: an `import … with { type: "json" }` goes through tsx's transform in the API and the
 * CLI and costs about five times as long (measured by the parser-people bench suite). Loading a
 * module's data is not I/O in the pipeline's sense: it happens once, at first use, like an import.
 */
const require = createRequire(import.meta.url);

export interface OfficeholderData {
  positions: string;
  people: string;
  surnameIndex: string;
  givenNames: string;
}

export interface OrganizationData {
  organizations: string;
  index: string;
}

/**
 * Reads a data file once, found as `require` finds it but kept out of its module cache (which, and
 * the importing module's `children`, would hold the parsed strings for good): the caller keeps
 * what it needs in a compact form (kb/lines.ts) and the rest is collected.
 */
function loadOnce<T>(path: string): T {
  return JSON.parse(readFileSync(require.resolve(path), "utf8")) as T;
}

export const loadOfficeholders = (): OfficeholderData =>
  loadOnce("../../data/kb/officeholders.json");
export const loadOrganizations = (): OrganizationData =>
  loadOnce("../../data/kb/organizations.json");
