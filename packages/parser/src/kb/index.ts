export {
  describeTerm,
  isKnownGivenName,
  type Officeholder,
  officeholdersBySurname,
  type Term,
  termCovers,
} from "./officeholders.ts";
export { findOrganization, type Organization, type OrgKind } from "./organizations.ts";
