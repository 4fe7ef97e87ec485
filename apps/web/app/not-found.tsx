import Link from "next/link";

/** 404 for unknown routes and for articles, people or topics that do not exist. */
export default function NotFound() {
  return (
    <div>
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been removed, or the link is mistyped.</p>
      <p>
        <Link href="/">Go to the home page</Link> or{" "}
        <Link href="/quotes">browse all statements</Link>.
      </p>
    </div>
  );
}
