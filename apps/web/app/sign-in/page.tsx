import type { Metadata } from "next";
import { SignInForm } from "@/components/corrections/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <section className="narrow">
      <h1>Sign in to correct</h1>
      <p>
        Give an API token with the “edit” scope once; then every statement and person shows its
        correction buttons. The token is kept in an httpOnly cookie for 12 hours: scripts in the
        page cannot read it, and only this server sends it to the API.
      </p>
      <SignInForm />
    </section>
  );
}
