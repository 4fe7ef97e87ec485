/**
 * `whosaid ingest --api URL`: sends each article to a running API's `ingestArticle` mutation
 * instead of opening the database (which the API holds when it runs on PGlite). Rate limits and
 * passing failures are waited out and retried (see retry.ts), and said so.
 */
import {
  countEvent,
  type IngestEvent,
  type IngestSummary,
  newSummary,
  type RunOptions,
} from "@whosaid/ingest";
import {
  backoffMs,
  DEFAULT_RETRY,
  formatWait,
  type RetryPolicy,
  SendGate,
  type Verdict,
  verdictOf,
} from "./retry.ts";
import type { Sources } from "./sources.ts";

const MUTATION = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) { created article { id title } }
}`;

interface Reply {
  data?: {
    ingestArticle?: { created: boolean; article: { id: string; title: string | null } | null };
  };
  errors?: { message: string; extensions?: { code?: string; retryAfter?: unknown } }[];
}

type Stored = { created: boolean; article: { id: string; title: string | null } };
type Attempt = { stored: Stored } | { error: string; verdict: Verdict };

/** Options of an API ingest, beyond those of a local one. */
export interface ApiRunOptions extends Pick<RunOptions, "concurrency" | "onEvent"> {
  retry?: RetryPolicy;
  /** Told each time the run waits before retrying ("rate limited, retrying in 3 s"). */
  onRetry?: (message: string) => void;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
}

/** Ingests every article of `sources` through the API at `url`, `concurrency` requests at a time. */
export async function runApiIngest(
  sources: Sources,
  api: { url: string; token: string },
  options: ApiRunOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary = newSummary(sources.total);
  const retried = { rateLimited: 0, unavailable: 0 };
  summary.retried = retried;
  const policy = options.retry ?? DEFAULT_RETRY;
  const gate = new SendGate();
  const emit = (event: IngestEvent) => {
    countEvent(summary, event);
    options.onEvent?.(event, summary);
  };

  const sendWithRetries = async (input: Record<string, unknown>): Promise<Stored | string> => {
    for (let attempt = 0; ; attempt++) {
      await gate.pass();
      const result = await send(api, input);
      if ("stored" in result) return result.stored;
      const { verdict } = result;
      if (verdict.retry === null) return result.error;
      if (attempt + 1 >= policy.maxAttempts)
        return `${result.error} (gave up after ${policy.maxAttempts} attempts)`;
      if (verdict.retry === "rate-limited") {
        retried.rateLimited++;
        // The wait the API names, plus up to a second so paused senders do not resume at once.
        const wait = (verdict.waitMs ?? backoffMs(attempt, policy)) + Math.random() * 1000;
        if (gate.pause(wait)) options.onRetry?.(`rate limited, retrying in ${formatWait(wait)}`);
      } else {
        retried.unavailable++;
        const wait = backoffMs(attempt, policy);
        options.onRetry?.(`${verdict.reason}; retrying in ${formatWait(wait)}`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };

  const running = new Set<Promise<void>>();
  for await (const item of sources.items) {
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
    const job = sendWithRetries(input).then(
      (r) =>
        emit(
          typeof r === "string"
            ? { ref: item.ref, status: "error", reason: r }
            : {
                ref: item.ref,
                status: r.created ? "created" : "existing",
                id: r.article.id,
                title: r.article.title,
                people: 0,
                quotes: 0,
              },
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

/** One attempt: the stored article, or the error and whether it is worth retrying. */
async function send(
  api: { url: string; token: string },
  input: Record<string, unknown>,
): Promise<Attempt> {
  let response: Response;
  try {
    response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${api.token}` },
      body: JSON.stringify({ query: MUTATION, variables: { input } }),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message;
    const message = `network error: ${cause ?? (error as Error).message}`;
    return { error: message, verdict: { retry: "unavailable", reason: message } };
  }
  const body = (await response.json().catch(() => ({}))) as Reply;
  const first = body.errors?.[0];
  const result = body.data?.ingestArticle;
  if (!first && result?.article) return { stored: { ...result, article: result.article } };
  const code = first?.extensions?.code;
  const error = first
    ? `${code ?? "ERROR"}: ${first.message}`
    : `HTTP ${response.status}: no result`;
  const verdict = verdictOf({
    status: response.status,
    code,
    retryAfter: first?.extensions?.retryAfter,
    retryAfterHeader: response.headers.get("retry-after"),
    message: first ? (code ?? first.message) : `HTTP ${response.status}`,
  });
  return { error, verdict };
}
