"use client";

import { type ReactNode, useEffect, useState } from "react";

/**
 * Keeps the filters open on wide screens; on a phone they fold under a "Filters" summary so the
 * statements come first. Server-rendered open, so nothing is hidden without JavaScript.
 */
export function FiltersDisclosure({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    if (window.matchMedia("(max-width: 800px)").matches) setOpen(false);
  }, []);
  return (
    <details
      className="filters-toggle"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>Filters{active ? ` (${active} active)` : ""}</summary>
      {children}
    </details>
  );
}
