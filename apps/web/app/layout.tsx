import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { currentEditor } from "@/lib/corrections/editor";
import { browserApiUrl } from "@/lib/env";
import "./globals.css";
import "./components.css";
import { EditorProvider } from "@/components/corrections/editor-context";
import { SiteFooter, SiteHeader } from "@/components/layout/site-chrome";
import { WhosaidUrqlProvider } from "@/components/providers/urql-provider";

export const metadata: Metadata = {
  title: { default: "whosaid", template: "%s · whosaid" },
  description: "Who said what in the news: statements, speakers and the articles around them.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The API URL handed to the browser is a runtime setting: render per request.
  await connection();
  const { signedIn, canEdit, tokenId } = await currentEditor();
  return (
    <html lang="en">
      <body>
        <EditorProvider editor={{ signedIn, canEdit, tokenId }}>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <SiteHeader />
          <WhosaidUrqlProvider url={browserApiUrl()}>
            <main id="main" className="inner" tabIndex={-1}>
              {children}
            </main>
          </WhosaidUrqlProvider>
          <SiteFooter />
        </EditorProvider>
      </body>
    </html>
  );
}
