/** Find articles by words of the title and by publisher; a plain GET form. */
export function ArticlesFilter({
  search,
  source,
  sources,
}: {
  search: string;
  source: string;
  sources: readonly { name: string | null; articleCount: number | null }[];
}) {
  return (
    <form
      action="/articles"
      method="get"
      className="panel scoped-filter"
      aria-label="Find articles"
    >
      <div className="grow">
        <label htmlFor="articles-q">Words of the title</label>
        <input id="articles-q" type="search" name="q" defaultValue={search} />
      </div>
      <div>
        <label htmlFor="articles-source">Source</label>
        <select id="articles-source" name="source" defaultValue={source}>
          <option value="">Any</option>
          {sources.flatMap((s) =>
            s.name
              ? [
                  <option key={s.name} value={s.name}>
                    {s.name} ({s.articleCount ?? 0})
                  </option>,
                ]
              : [],
          )}
        </select>
      </div>
      <button type="submit">Find</button>
    </form>
  );
}
