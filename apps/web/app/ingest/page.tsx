import type { Metadata } from "next";
import { IngestForm } from "@/components/ingest/ingest-form";

export const metadata: Metadata = { title: "Add an article" };

export default function IngestPage() {
  return (
    <>
      <h1>Add an article</h1>
      <p className="lede">
        Paste a news article to see who is quoted in it. Preview the result first, then save it to
        add its statements to the archive. Both need the ingest token.
      </p>
      <IngestForm />
    </>
  );
}
