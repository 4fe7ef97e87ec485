"use client";
/** Runs a correction action, then re-renders the page from the server; keeps the outcome to show. */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/corrections/actions";

export function useCorrection() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<ActionResult | null>(null);
  const apply = (action: () => Promise<ActionResult>, done = "Saved.") =>
    startTransition(async () => {
      const result = await action();
      setOutcome(result.ok ? { ok: true, message: result.message ?? done } : result);
      if (result.ok) router.refresh();
    });
  return { pending, outcome, apply };
}
