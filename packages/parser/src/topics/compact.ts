/** One active IPTC Media Topics concept as shipped in data/iptc/mediatopics.json. */
export interface CompactConcept {
  /** The numeric part of the qcode: "20000062" for medtop:20000062. */
  id: string;
  label: string;
  /** Numeric id of the broader concept, or null for the 17 top-level topics. */
  parent: string | null;
  definition: string;
}

interface JsonLdConcept {
  qcode: string;
  prefLabel?: Record<string, string>;
  definition?: Record<string, string>;
  broader?: string[];
  retired?: string;
}

// The 2023-03-31 release ships one active concept without an English label.
const MISSING_LABELS: Record<string, string> = { "20000304": "media and entertainment industry" };

/** Reduces the IPTC JSON-LD release to its active concepts, parents before children. */
export function compactTaxonomy(jsonld: { conceptSet: JsonLdConcept[] }): CompactConcept[] {
  const out: CompactConcept[] = [];
  for (const c of jsonld.conceptSet) {
    if (c.retired) continue;
    const id = c.qcode.replace("medtop:", "");
    const label = c.prefLabel?.["en-US"] ?? c.prefLabel?.["en-GB"] ?? MISSING_LABELS[id];
    if (!label) continue;
    const broader = c.broader?.[0];
    out.push({
      id,
      label,
      parent: broader ? broader.slice(broader.lastIndexOf("/") + 1) : null,
      definition: c.definition?.["en-US"] ?? "",
    });
  }
  const parentOf = new Map(out.map((c) => [c.id, c.parent]));
  const depth = (c: CompactConcept): number => {
    let d = 0;
    for (let p = c.parent; p; d++) p = parentOf.get(p) ?? null;
    return d;
  };
  return out.sort((a, b) => depth(a) - depth(b) || a.id.localeCompare(b.id));
}
