/**
 * Run in a fresh process by the parser-people bench suite: how long the people knowledge base takes
 * to load and to answer its first look-ups, and how much memory it adds. Prints one JSON line.
 */
const rss0 = process.memoryUsage().rss;
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const kb = await import("../../../../packages/parser/src/kb/index.ts");
const keys = await import("../../../../packages/parser/src/people/keys.ts");
const t1 = performance.now();
kb.officeholdersBySurname(keys.surnameKey("Zaluzhnyi"));
kb.findOrganization("King's College London");
kb.isKnownGivenName("mark");
const t2 = performance.now();
for (const n of ["Kuleba", "Lavrov", "Milley", "Sullivan", "Putin"])
  kb.officeholdersBySurname(keys.surnameKey(n));
for (const o of ["Chatham House", "University of Portsmouth", "Defense Priorities", "Nowhere Inc"])
  kb.findOrganization(o);
const t3 = performance.now();
console.log(
  JSON.stringify({
    "import ms": t1 - t0,
    "first look-ups ms": t2 - t1,
    "9 more look-ups ms": t3 - t2,
    "heap MB": (process.memoryUsage().heapUsed - heap0) / 1e6,
    "RSS MB": (process.memoryUsage().rss - rss0) / 1e6,
  }),
);

export {};
