/** Talking to the API under test and the sample articles it is seeded with. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./stack";

/** Sends one GraphQL request, with the token when given. */
export async function gql<T>(
  apiUrl: string,
  query: string,
  variables = {},
  token?: string,
): Promise<T> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

/** Sample articles shipped in the repository: the reference article and Wikinews lines. */
export function sampleArticles(): {
  reference: string;
  wikinews: { title: string; text: string; url: string }[];
} {
  const reference = readFileSync(
    join(repoRoot, "samples/articles/nbc-ukraine-kherson.txt"),
    "utf8",
  );
  const wikinews = readFileSync(join(repoRoot, "samples/wikinews.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, 12)
    .map((line) => JSON.parse(line) as { title: string; text: string; url: string });
  return { reference, wikinews };
}
