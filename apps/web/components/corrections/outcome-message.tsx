/** What the last correction answered: a status line when it worked, an alert when it did not. */
import type { ActionResult } from "@/lib/corrections/actions";

export function OutcomeMessage({ outcome }: { outcome: ActionResult | null }) {
  if (!outcome) return null;
  return (
    <p
      role={outcome.ok ? "status" : "alert"}
      className={`message ${outcome.ok ? "info" : "error"}`}
    >
      {outcome.message}
    </p>
  );
}
