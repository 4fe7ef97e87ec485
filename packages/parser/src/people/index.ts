/**
 * People of an article: the stage's building blocks and the helpers the quotes stage uses to
 * agree with it on who a speaker is.
 */
export { articleDate, buildPeople } from "./build.ts";
export { type KbMatch, matchOfficeholder } from "./kb-match.ts";
export { foldName, fullNameKey, phoneticKey, surnameKey } from "./keys.ts";
export { cleanName, ensurePerson, resolvePersonByName } from "./lookup.ts";
