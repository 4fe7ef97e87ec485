"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/quotes", label: "Statements" },
  { href: "/people", label: "People" },
  { href: "/topics", label: "Topics" },
  { href: "/articles", label: "Articles" },
  { href: "/ingest", label: "Add an article" },
];

/** Main navigation, marking the current section for screen readers and sighted users. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {LINKS.map(({ href, label }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? "page" : undefined}>
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
