"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEditor } from "@/components/corrections/editor-context";

const LINKS = [
  { href: "/quotes", label: "Statements" },
  { href: "/people", label: "People" },
  { href: "/topics", label: "Topics" },
  { href: "/articles", label: "Articles" },
  { href: "/sources", label: "Sources" },
  { href: "/ingest", label: "Add an article" },
];

/** Main navigation, marking the current section for screen readers and sighted users. */
export function NavLinks() {
  const pathname = usePathname();
  const { signedIn } = useEditor();
  const links = [...LINKS, { href: "/sign-in", label: signedIn ? "Signed in" : "Sign in" }];
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {links.map(({ href, label }) => {
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
