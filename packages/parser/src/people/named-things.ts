import { isPersonGivenName, THING_NOUNS_BEFORE_NAME } from "./lexicon.ts";
import { memo } from "./memo.ts";

// A capitalised word, dots only inside it ("Booking.com"), not one ending a sentence.
const WORD = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*`;
// "service Boxly", "web hoster Parcelnet": a lower-case thing noun, then capitalised words.
const THING_BEFORE_NAME = new RegExp(
  `\\b(?:${THING_NOUNS_BEFORE_NAME.join("|")})\\s+(${WORD}(?:\\s+${WORD})*)`,
  "gu",
);

/**
 * Names the article itself calls a company, a site or a product ("the file-sharing service Boxly",
 * "the web hoster Parcelnet"): no person of that name, wherever the article uses it ("Boxly
 * said" speaks for the company). A name opening with a person's given name is left alone ("the
 * company Jane Ruiz founded"). The people stage and coreference both ask for the same article:
 * the last text's answer is kept.
 */
export const namedThings = memo((text: string): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const m of text.matchAll(THING_BEFORE_NAME)) {
    const name = m[1].replace(/[’']+$/, "");
    if (!isPersonGivenName(name.split(/\s+/)[0])) out.add(name);
  }
  return out;
}, 1);
