import { countryName, enumLabel } from "@/lib/format";
import { Flag } from "./speaker";

interface PersonHeaderProps {
  name: string | null;
  aliases: readonly string[] | null;
  country: string | null;
  category: string | null;
  isOfficial: boolean | null;
  role: string | null;
  organization: { name: string | null } | null;
  party?: string | null;
  wikidataId: string | null;
  quoteCount: number | null;
}

/** Who the person is: name, aliases, role, country, category, Wikidata. */
export function PersonHeader(p: PersonHeaderProps) {
  return (
    <header>
      <h1>
        <Flag code={p.country} /> {p.name ?? "Unnamed person"}
      </h1>
      <p className="lede">
        {[p.role, p.organization?.name].filter(Boolean).join(", ") || "Role unknown"}
        {p.country ? ` · ${countryName(p.country)}` : ""}
        {p.party ? ` · ${p.party}` : ""}
      </p>
      <p>
        {p.category ? <span className="badge">{enumLabel(p.category)}</span> : null}{" "}
        {p.isOfficial ? <span className="badge">Official</span> : null}{" "}
        <span className="badge">{p.quoteCount ?? 0} statements</span>
      </p>
      {p.aliases?.length ? (
        <p className="small">
          <strong>Also written:</strong> {p.aliases?.join(", ")}
        </p>
      ) : null}
      {p.wikidataId ? (
        <p className="small">
          <a
            href={`https://www.wikidata.org/wiki/${encodeURIComponent(p.wikidataId)}`}
            rel="noopener noreferrer"
          >
            Wikidata {p.wikidataId} ↗
          </a>
        </p>
      ) : null}
    </header>
  );
}
