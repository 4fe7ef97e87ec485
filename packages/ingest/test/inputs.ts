/**
 * Generated inputs of any size for the parse-time bounds: the shapes that once made parse time
 * grow faster than the input (one long word, dense quotation marks, long sentences, many
 * people) beside ordinary prose and markup-heavy HTML. Deterministic, so runs compare.
 */
import type { ParseJob } from "../src/parse/outcome.ts";

/** Given names and surnames for generated test people (shared with the feed server). */
export const GIVEN = [
  "Anna",
  "Boris",
  "Carla",
  "David",
  "Elena",
  "Farid",
  "Greta",
  "Hiro",
  "Ines",
  "Jonas",
];
export const FAMILY = [
  "Kovacs",
  "Ivanova",
  "Silva",
  "Moreau",
  "Novak",
  "Haddad",
  "Berg",
  "Tanaka",
  "Lopez",
  "Weber",
];

/** Units joined by `separator` until the text reaches `size` characters. */
function fill(size: number, unit: (i: number) => string, separator = "\n\n"): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < size; i++) {
    const part = unit(i);
    parts.push(part);
    n += part.length + separator.length;
  }
  return parts.join(separator);
}

/** A person's name that differs for every `i` (up to 10 × 10 × 26 × 26 names). */
const person = (i: number) =>
  `${GIVEN[i % 10]} ${FAMILY[Math.floor(i / 10) % 10]}${String.fromCharCode(97 + (Math.floor(i / 100) % 26), 97 + (Math.floor(i / 2600) % 26))}`;

/** Each kind of generated input: a name and a job of about `size` characters. */
export const generatedInputs: Record<string, (size: number) => ParseJob> = {
  prose: (size) =>
    text(
      `Council weighs new budget\n\n${fill(size, (i) => `The council met on Tuesday to discuss the budget for the coming year, and members debated road repairs at length in session ${i}. Several residents attended the meeting and asked about the schedule for the new library.`)}`,
    ),
  "long word": (size) => text(`Headline\n\n${"ab1.".repeat(Math.ceil(size / 4))}`),
  "quote-dense": (size) =>
    text(
      `Leaders speak on trade\n\n${fill(size, (i) => `"We will not accept this deal, and talks must continue," said ${person(i % 400)}, the trade minister. "It is a matter of time," ${FAMILY[i % 10]} told reporters on day ${i}.`)}`,
    ),
  "markup-heavy HTML": (size) => ({
    input: `<html><head><title>Markup heavy</title></head><body><article><h1>Markup heavy</h1>${fill(size, (i) => `<div class="c"><p><span><b>Item ${i}</b> <a href="/l/${i}">link</a> "<i>We agree</i>," said <em>${person(i)}</em>.</span></p></div>`, "")}</article></body></html>`,
    options: { format: "html" },
  }),
  "many people": (size) =>
    text(
      `Crowd\n\n${fill(size, (i) => `${person(i)} met ${person(i + 7)} in Paris. ${FAMILY[i % 10]} said the plan would work.`)}`,
    ),
  "one paragraph": (size) =>
    text(`Headline\n\n${fill(size, (i) => `“Open ${i} said ${person(i)} "a" ‘b`, " ")}`),
};

const text = (input: string): ParseJob => ({ input, options: { format: "text" } });
