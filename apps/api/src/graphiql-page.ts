/**
 * The GraphiQL page: `@graphql-yoga/render-graphiql`'s self-contained page (scripts, styles and
 * editor workers inline, no CDN) with a few styles of ours for phones.
 */
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { GraphiQLOptions } from "graphql-yoga";

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
export function renderGraphiqlPage(options: GraphiQLOptions): string {
  return renderGraphiQL(options).replace("</head>", `${phoneStyles}</head>`);
}
