/**
 * The GraphiQL page: `@graphql-yoga/render-graphiql`'s self-contained page (scripts, styles and
 * editor workers inline, no CDN) with a few styles of ours for phones. The package is loaded on
 * the first GraphiQL request: its inline page holds ~33 MB of the API's heap, which an API that
 * nobody opens GraphiQL on (or with GraphiQL turned off) need not keep.
 */
import type { GraphiQLOptions } from "graphql-yoga";

type Render = (options: GraphiQLOptions) => string;
let loading: Promise<Render> | null = null;

/**
 * On a narrow screen GraphiQL keeps the editor and the result side by side, which leaves the
 * result a few characters wide: there they are stacked, the result below the editor.
 */
const phoneStyles = `<style>
@media (max-width: 640px) {
  #graphiql-session { flex-direction: column; }
  #graphiql-session > .graphiql-horizontal-drag-bar { display: none; }
  #graphiql-session > .graphiql-editors,
  #graphiql-session > .graphiql-response { flex: 1 1 0% !important; min-height: 0; }
  .graphiql-container .graphiql-logo { display: none; }
}
</style>`;

/** Renders the GraphiQL page for `options`. */
export async function renderGraphiqlPage(options: GraphiQLOptions): Promise<string> {
  loading ??= import("@graphql-yoga/render-graphiql").then((m) => m.renderGraphiQL);
  const render = await loading;
  return render(options).replace("</head>", `${phoneStyles}</head>`);
}
