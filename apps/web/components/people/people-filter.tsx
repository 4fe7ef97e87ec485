import type { PersonFilterInput } from "@/lib/person-filter";

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
          <option value="government">Government</option>
          <option value="legislature">Legislature</option>
          <option value="military">Military</option>
          <option value="judiciary">Judiciary</option>
          <option value="international">International organization</option>
          <option value="party">Party or campaign</option>
          <option value="business">Business</option>
          <option value="civil_society">Civil society</option>
          <option value="expert">Expert or academic</option>
          <option value="media">Media</option>
          <option value="public">Public</option>
          <option value="unknown">Unknown</option>
        </select>
      </div>
      <button type="submit">Find</button>
    </form>
  );
}
