/**
 * `whosaid ingest --api URL --token T`: sends each article to a running API's `ingestArticle`
 * mutation instead of opening the database (which the API holds when it runs on PGlite).
 */
import { type InputUnit, readInputs } from "./inputs.ts";
import { type IngestEvent, type IngestSummary, newSummary, type RunOptions } from "./run.ts";

const MUTATION = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) { created article { id title } }
}`;

interface Reply {
  data?: {
    ingestArticle?: { created: boolean; article: { id: string; title: string | null } | null };
  };
  errors?: { message: string; extensions?: { code?: string } }[];
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
}

/** Ingests every article of `units` through the API at `url`, `concurrency` requests at a time. */
export async function runApiIngest(
  units: InputUnit[],
  api: { url: string; token: string },
  options: Pick<RunOptions, "concurrency" | "onEvent">,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary = newSummary(units);
  const emit = (event: IngestEvent) => {
    if (event.status === "created") summary.created++;
    else if (event.status === "existing") summary.existing++;
    else summary.errors.push({ ref: event.ref, reason: event.reason });
    options.onEvent?.(event, summary);
  };
  const running = new Set<Promise<void>>();
  for await (const item of readInputs(units)) {
    if ("error" in item) {
      emit({ ref: item.ref, status: "error", reason: item.error });
      continue;
    }
    const html = item.format === "html" || (!item.format && looksLikeHtml(item.input));
    const input = {
      [html ? "html" : "text"]: item.input,
      url: item.url,
      source: item.source,
      publishedAt: item.publishedAt,
    };
    const job = send(api, input).then(
      (r) =>
        emit(
          r.article
            ? {
                ref: item.ref,
                status: r.created ? "created" : "existing",
                id: r.article.id,
                title: r.article.title,
                people: 0,
                quotes: 0,
              }
            : { ref: item.ref, status: "error", reason: r.error },
        ),
      (error: Error) => emit({ ref: item.ref, status: "error", reason: error.message }),
    );
    running.add(job);
    job.finally(() => running.delete(job));
    while (running.size >= Math.max(1, options.concurrency)) await Promise.race(running);
  }
  await Promise.all(running);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function send(
  api: { url: string; token: string },
  input: Record<string, unknown>,
): Promise<{
  created: boolean;
  article: { id: string; title: string | null } | null;
  error: string;
}> {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${api.token}` },
    body: JSON.stringify({ query: MUTATION, variables: { input } }),
  });
  const body = (await response.json().catch(() => ({}))) as Reply;
  const error = body.errors?.[0];
  if (error)
    return {
      created: false,
      article: null,
      error: `${error.extensions?.code ?? "ERROR"}: ${error.message}`,
    };
  const result = body.data?.ingestArticle;
  if (!result?.article)
    return { created: false, article: null, error: `HTTP ${response.status}: no result` };
  return { created: result.created, article: result.article, error: "" };
}
