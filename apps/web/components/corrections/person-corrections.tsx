"use client";
/** Corrections on a person: edit role, country, category and official; merge; split; the log. */
import { useState } from "react";
import { editPerson, mergeInto, splitPerson } from "@/lib/corrections/actions";
import { CATEGORIES, CATEGORY_LABELS, type PersonCategory } from "@/lib/vocabulary";
import type { CorrectionEntry } from "./correction-log";
import { CorrectionPanel } from "./correction-panel";
import { PeoplePicker } from "./people-picker";

interface PersonFacts {
  id: string;
  name: string;
  role: string | null;
  country: string | null;
  category: string | null;
  isOfficial: boolean;
}

export function PersonCorrections({
  person,
  articles,
  corrections,
}: {
  person: PersonFacts;
  articles: readonly { id: string; title: string | null }[];
  corrections: readonly CorrectionEntry[];
}) {
  const [moving, setMoving] = useState<string[]>([]);
  return (
    <section className="person-corrections" aria-label="Corrections">
      <CorrectionPanel entries={corrections} summary="Correct this person">
        {({ pending, apply }) => (
          <>
            <form
              className="stack-form"
              onSubmit={(event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                const text = (name: string) => String(form.get(name) ?? "").trim() || null;
                // Only what changed becomes a correction (each is listed and undone on its own).
                const facts: Parameters<typeof editPerson>[1] = {};
                if (text("role") !== (person.role ?? null)) facts.role = text("role");
                if (text("country")?.toUpperCase() !== (person.country ?? undefined))
                  facts.country = text("country");
                if (text("category") !== (person.category ?? null))
                  facts.category = text("category") as PersonCategory | null;
                if ((form.get("official") === "on") !== person.isOfficial)
                  facts.isOfficial = form.get("official") === "on";
                apply(() => editPerson(person.id, facts));
              }}
            >
              <fieldset>
                <legend>Facts</legend>
                <label>
                  Role <input name="role" defaultValue={person.role ?? ""} />
                </label>
                <label>
                  Country (ISO code)
                  <input
                    name="country"
                    defaultValue={person.country ?? ""}
                    maxLength={2}
                    size={3}
                  />
                </label>
                <label>
                  Category
                  <select name="category" defaultValue={person.category ?? ""}>
                    <option value="">Not set</option>
                    {CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {CATEGORY_LABELS[c]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="option">
                  <input type="checkbox" name="official" defaultChecked={person.isOfficial} />{" "}
                  Official
                </label>
                <button type="submit" disabled={pending}>
                  Save facts
                </button>
              </fieldset>
            </form>
            <fieldset>
              <legend>Merge: the same person under another name</legend>
              <PeoplePicker
                nearby={[]}
                nearbyLabel=""
                action="Merge in"
                disabled={pending}
                onPick={(p) =>
                  p.id === person.id
                    ? undefined
                    : apply(
                        () => mergeInto(person.id, p.id),
                        `Merged ${p.name} into ${person.name}.`,
                      )
                }
              />
            </fieldset>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
                apply(() => splitPerson(person.id, moving, name || null), "Split off.");
              }}
            >
              <fieldset>
                <legend>Split: these articles are about someone else</legend>
                <ul className="plain">
                  {articles.map((a) => (
                    <li key={a.id}>
                      <label className="option">
                        <input
                          type="checkbox"
                          checked={moving.includes(a.id)}
                          onChange={(e) =>
                            setMoving((m) =>
                              e.target.checked ? [...m, a.id] : m.filter((x) => x !== a.id),
                            )
                          }
                        />{" "}
                        {a.title ?? "Untitled article"}
                      </label>
                    </li>
                  ))}
                </ul>
                <label>
                  Name of the other person <input name="name" placeholder={person.name} />
                </label>
                <button type="submit" disabled={pending || moving.length === 0}>
                  Split off
                </button>
              </fieldset>
            </form>
          </>
        )}
      </CorrectionPanel>
    </section>
  );
}
