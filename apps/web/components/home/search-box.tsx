/** Full-text search over statements; a plain GET form into the explorer. */
export function SearchBox() {
  return (
    <form action="/quotes" method="get" aria-label="Search statements" className="search-box">
      <label htmlFor="home-search" className="visually-hidden">
        Search statements
      </label>
      <input
        id="home-search"
        type="search"
        name="q"
        placeholder="Search what was said, e.g. peace talks"
      />
      <button type="submit">Search</button>
    </form>
  );
}
