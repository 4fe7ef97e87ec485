import type { Metadata } from "next";
import { Streamed } from "@/components/layout/streamed";
import { Explorer } from "@/components/quotes/explorer";

export const metadata: Metadata = { title: "Statements" };

export default async function QuotesPage({ searchParams }: PageProps<"/quotes">) {
  return (
    <>
      <h1>Statements</h1>
      <Streamed>
        <Explorer searchParams={await searchParams} />
      </Streamed>
    </>
  );
}
