import { createRequire } from "node:module";

/**
 * The compiled knowledge base files. Loaded with `require`, which hands JSON straight to
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

export const loadOfficeholders = (): OfficeholderData =>
  require("../../data/kb/officeholders.json");
export const loadOrganizations = (): OrganizationData =>
  require("../../data/kb/organizations.json");
