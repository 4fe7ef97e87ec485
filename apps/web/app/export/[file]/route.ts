import { serverApiUrl } from "@/lib/env";
import { apiExportUrl, EXPORT_FILES, type ExportFile } from "@/lib/export";

/**
 * `/export/quotes.csv?country=UA&official=true`: the explorer's view, exported. Streams the API's
 * export through this origin so that the browser needs no access to the API host.
 */
export async function GET(request: Request, { params }: RouteContext<"/export/[file]">) {
  const { file } = await params;
  if (!(file in EXPORT_FILES)) {
    return new Response("Unknown export. Use quotes.csv or quotes.jsonl.", { status: 404 });
  }
  const url = apiExportUrl(serverApiUrl(), file as ExportFile, new URL(request.url).searchParams);
  let upstream: Response;
  try {
    upstream = await fetch(url, { cache: "no-store" });
  } catch {
    return new Response("The whosaid API is unreachable; try again shortly.", { status: 502 });
  }
  if (upstream.status >= 400 && upstream.status < 500) {
    // The API's own words on a bad filter (BAD_USER_INPUT), passed on as they are.
    return new Response(await upstream.text(), {
      status: upstream.status,
      headers: { "content-type": upstream.headers.get("content-type") ?? "text/plain" },
    });
  }
  if (!upstream.ok || !upstream.body) {
    return new Response(`The export failed (${upstream.status}).`, { status: 502 });
  }
  return new Response(upstream.body, {
    headers: {
      "content-type": EXPORT_FILES[file as ExportFile],
      "content-disposition": `attachment; filename="whosaid-${file}"`,
      "cache-control": "no-store",
    },
  });
}
