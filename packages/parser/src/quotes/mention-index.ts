import type { Person } from "../types.ts";
import { SpanIndex } from "../util/span-index.ts";

// People lists are never changed in place (the quotes stage replaces the list when it adds a
// person), so an index built once per list stays right; the length check guards that belief.
const built = new WeakMap<Person[], { length: number; index: SpanIndex<number> }>();

/** The non-pronoun mentions of `people`, each with its person's position in the list. */
export function mentionIndex(people: Person[]): SpanIndex<number> {
  const known = built.get(people);
  if (known && known.length === people.length) return known.index;
  const index = new SpanIndex(
    people.flatMap((p, at) =>
      p.mentions.filter((m) => m.kind !== "pronoun").map((range) => ({ range, value: at })),
    ),
  );
  built.set(people, { length: people.length, index });
  return index;
}
