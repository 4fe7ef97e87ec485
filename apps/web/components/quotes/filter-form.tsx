"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useTransition } from "react";
import { countryName, enumLabel, flagEmoji } from "@/lib/format";
import type { QuoteFilterInput, QuoteOrder } from "@/lib/quote-filter";
import {
  CheckboxFacet,
  DateRange,
  type FacetBucket,
  OfficialFacet,
  SelectFacet,
} from "./facet-fields";

export interface FacetData {
  country: readonly FacetBucket[];
  category: readonly FacetBucket[];
  /** Buckets "true" and "false": statements by officials and by everyone else. */
  official: readonly FacetBucket[];
  topic: readonly FacetBucket[];
  source: readonly FacetBucket[];
  kind: readonly FacetBucket[];
  organization: readonly FacetBucket[];
  /** PERSON, ORGANIZATION, GROUP: who speaks, a person or a body speaking as one. */
  speakerType: readonly FacetBucket[];
}

/** The form's fields as URL parameters, leaving out empty ones. */
function formToQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
  }
  return params.toString();
}

/**
 * Facet filters of the explorer. A plain GET form (it works without JavaScript); with JavaScript,
 * every change navigates at once so the URL always holds the view.
 */
export function FilterForm({
  facets,
  filter,
  order,
}: {
  facets: FacetData;
  filter: QuoteFilterInput;
  order: QuoteOrder;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();

  const apply = () => {
    if (!formRef.current) return;
    const query = formToQuery(formRef.current);
    startTransition(() => router.push(query ? `/quotes?${query}` : "/quotes"));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply();
  };
  const official = filter.official == null ? "" : String(filter.official);

  return (
    <form
      ref={formRef}
      className="facets panel"
      action="/quotes"
      method="get"
      onSubmit={onSubmit}
      onChange={(e) => {
        // Typing in a text box waits for Enter; every other control applies at once.
        const field = (e.target as unknown as { name?: string }).name;
        if (field !== "q" && field !== "speaker") apply();
      }}
      aria-busy={pending}
      aria-label="Filter statements"
    >
      <div className="field">
        <label htmlFor="filter-q">Search the statements</label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.search ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Order</label>
        <select id="filter-sort" name="sort" defaultValue={order === "OLDEST" ? "oldest" : ""}>
          <option value="">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-speaker">Speaker's name</label>
        <input
          id="filter-speaker"
          name="speaker"
          type="search"
          defaultValue={filter.speakerName ?? ""}
        />
      </div>
      <CheckboxFacet
        legend="Speaker's country"
        name="country"
        buckets={facets.country}
        selected={filter.speakerCountry ?? []}
        label={(b) => `${flagEmoji(b.value)} ${b.label ?? countryName(b.value)}`}
      />
      <CheckboxFacet
        legend="Category"
        name="category"
        buckets={facets.category.map((b) => ({ ...b, value: b.value.toLowerCase() }))}
        selected={(filter.speakerCategory ?? []).map((c) => c.toLowerCase())}
        label={(b) => b.label ?? enumLabel(b.value)}
      />
      <CheckboxFacet
        legend="Speaker type"
        name="type"
        buckets={facets.speakerType.map((b) => ({ ...b, value: b.value.toLowerCase() }))}
        selected={(filter.speakerType ?? []).map((t) => t.toLowerCase())}
        label={(b) => b.label ?? enumLabel(b.value)}
      />
      <OfficialFacet buckets={facets.official} selected={official} />
      <CheckboxFacet
        legend="Kind of quote"
        name="kind"
        buckets={facets.kind.map((b) => ({ ...b, value: b.value.toLowerCase() }))}
        selected={(filter.kind ?? []).map((k) => k.toLowerCase())}
        label={(b) => b.label ?? enumLabel(b.value)}
      />
      <SelectFacet label="Topic" name="topic" buckets={facets.topic} selected={filter.topic?.[0]} />
      <SelectFacet
        label="Source"
        name="source"
        buckets={facets.source}
        selected={filter.source?.[0]}
      />
      <SelectFacet
        label="Organization"
        name="organization"
        buckets={facets.organization}
        selected={filter.organization?.[0]}
      />
      <DateRange from={filter.from ?? undefined} to={filter.to ?? undefined} />
      {(filter.speakerId ?? []).map((id) => (
        <input key={id} type="hidden" name="person" value={id} />
      ))}
      {(filter.articleId ?? []).map((id) => (
        <input key={id} type="hidden" name="article" value={id} />
      ))}
      <button type="submit">{pending ? "Applying…" : "Apply filters"}</button>
    </form>
  );
}
