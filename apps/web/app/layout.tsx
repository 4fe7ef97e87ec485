import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import "./components.css";
import { SiteFooter, SiteHeader } from "@/components/layout/site-chrome";
import { WhosaidUrqlProvider } from "@/components/providers/urql-provider";

export const metadata: Metadata = {
  title: { default: "whosaid", template: "%s · whosaid" },
  description: "Who said what in the news: statements, speakers and the articles around them.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <WhosaidUrqlProvider>
          <main id="main" className="inner" tabIndex={-1}>
            {children}
          </main>
        </WhosaidUrqlProvider>
        <SiteFooter />
      </body>
    </html>
  );
}
