/**
 * People of an article: the helpers the quotes and coreference stages use to agree with the
 * people stage on who a speaker is.
 */
export { matchOfficeholder } from "./kb-match.ts";
export { surnameKey } from "./keys.ts";
export { ensurePerson, resolvePersonByName } from "./lookup.ts";
export { namedThings } from "./named-things.ts";
