import Link from "next/link";
import { NavLinks } from "./nav-links";

/** The header: brand and main navigation. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          whosaid
        </Link>
        <NavLinks />
      </div>
    </header>
  );
}

/** The footer: what the data is and where it comes from. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="inner">
        whosaid extracts statements from news articles automatically; check the original before
        citing. Sample articles from Wikinews (CC BY 2.5); topics from IPTC Media Topics (CC BY
        4.0).
      </div>
    </footer>
  );
}
