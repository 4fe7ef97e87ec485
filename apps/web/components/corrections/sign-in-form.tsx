"use client";
/** Sign in with an API token once; the correction buttons appear across the site. */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type ActionResult, signIn, signOut } from "@/lib/corrections/actions";
import { useEditor } from "./editor-context";

export function SignInForm() {
  const router = useRouter();
  const editor = useEditor();
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<ActionResult | null>(null);
  const run = (action: () => Promise<ActionResult>) =>
    start(async () => {
      const result = await action();
      setOutcome(result);
      if (result.ok) router.refresh();
    });
  if (editor.signedIn) {
    return (
      <div>
        <p role="status" className="message info">
          Signed in as token:{editor.tokenId}
          {editor.canEdit
            ? "; you can correct statements and people."
            : " (this token may not edit)."}
        </p>
        <button type="button" disabled={pending} onClick={() => run(signOut)}>
          Sign out
        </button>
      </div>
    );
  }
  return (
    <form
      className="stack-form"
      onSubmit={(event) => {
        event.preventDefault();
        const token = String(new FormData(event.currentTarget).get("token") ?? "");
        run(() => signIn(token));
      }}
    >
      <label htmlFor="sign-in-token">API token (scope “edit”)</label>
      <input id="sign-in-token" name="token" type="password" autoComplete="off" required />
      <button type="submit" disabled={pending}>
        Sign in
      </button>
      {outcome && !outcome.ok ? (
        <p role="alert" className="message error">
          {outcome.message}
        </p>
      ) : null}
    </form>
  );
}
