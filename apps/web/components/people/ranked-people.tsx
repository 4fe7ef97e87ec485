import Link from "next/link";
import { enumLabel, plural } from "@/lib/format";
import { Flag } from "./speaker";

export interface RankedPerson {
  id: string;
  name: string | null;
  role: string | null;
  organization: { name: string | null } | null;
  country: string | null;
  category: string | null;
  /** Statements, the pieces of one counting once (as the explorer counts). */
  statementCount: number | null;
}

/** People with their statement counts, as a ranked list. */
export function RankedPeople({ people }: { people: readonly RankedPerson[] }) {
  if (people.length === 0) return <p className="muted">Nobody quoted yet.</p>;
  return (
    <ol className="plain ranked">
      {people.map((p) => (
        <li key={p.id}>
          <span>
            <Flag code={p.country} />{" "}
            <Link href={`/people/${encodeURIComponent(p.id)}`} prefetch={false}>
              {p.name ?? "Unnamed"}
            </Link>
            <span className="muted small">
              {[p.role, p.organization?.name, p.category ? enumLabel(p.category) : null]
                .filter(Boolean)
                .map((t) => ` · ${t}`)}
            </span>
          </span>
          <span className="muted small">{plural(p.statementCount ?? 0, "statement")}</span>
        </li>
      ))}
    </ol>
  );
}
