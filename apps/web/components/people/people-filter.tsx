import type { PersonFilterInput } from "@/lib/person-filter";
import { CATEGORIES, CATEGORY_LABELS } from "@/lib/vocabulary";

/** Find people by name, country and category; a plain GET form. */
export function PeopleFilter({ filter }: { filter: PersonFilterInput }) {
  return (
    <form action="/people" method="get" className="panel scoped-filter" aria-label="Find people">
      <div className="grow">
        <label htmlFor="people-q">Name or alias</label>
        <input id="people-q" type="search" name="q" defaultValue={filter.search ?? ""} />
      </div>
      <div>
        <label htmlFor="people-country">Country code</label>
        <input
          id="people-country"
          type="text"
          name="country"
          maxLength={2}
          size={4}
          placeholder="UA"
          defaultValue={filter.country?.[0] ?? ""}
          aria-describedby="people-country-hint"
        />
        <span id="people-country-hint" className="visually-hidden">
          Two-letter ISO code, for example UA for Ukraine
        </span>
      </div>
      <div>
        <label htmlFor="people-category">Category</label>
        <select
          id="people-category"
          name="category"
          defaultValue={filter.category?.[0]?.toLowerCase() ?? ""}
        >
          <option value="">Any</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c.toLowerCase()}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Find</button>
    </form>
  );
}
