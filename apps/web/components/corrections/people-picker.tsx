"use client";
/** Picks a person: one of the article's people, or anyone found by name among all people. */
import { useState, useTransition } from "react";
import { searchPeople } from "@/lib/corrections/actions";

export interface PickablePerson {
  id: string;
  name: string;
  role?: string | null;
}

export function PeoplePicker({
  nearby,
  nearbyLabel,
  action,
  onPick,
  disabled,
}: {
  nearby: readonly PickablePerson[];
  nearbyLabel: string;
  action: string;
  onPick: (person: PickablePerson) => void;
  disabled?: boolean;
}) {
  const [found, setFound] = useState<PickablePerson[] | null>(null);
  const [searching, startSearch] = useTransition();
  const [query, setQuery] = useState("");
  const option = (p: PickablePerson) => (
    <li key={p.id}>
      <button type="button" disabled={disabled} onClick={() => onPick(p)}>
        {action} {p.name}
      </button>
      {p.role ? <span className="small"> {p.role}</span> : null}
    </li>
  );
  return (
    <div className="people-picker">
      {nearby.length ? (
        <>
          <p className="small">{nearbyLabel}</p>
          <ul className="pick-list">{nearby.map(option)}</ul>
        </>
      ) : null}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          startSearch(async () => setFound(await searchPeople(query)));
        }}
      >
        <label>
          <span className="visually-hidden">Search all people</span>
          <input
            type="search"
            value={query}
            placeholder="Search all people"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <button type="submit" disabled={searching}>
          Search
        </button>
      </form>
      {found ? (
        found.length ? (
          <ul className="pick-list">{found.map(option)}</ul>
        ) : (
          <p className="small">Nobody by that name.</p>
        )
      ) : null}
    </div>
  );
}
