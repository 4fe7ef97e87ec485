/** One invented wire story as two outlets would publish it, for the syndicated-copy tests. */
const body = [
  "The port authority said on Tuesday that grain shipments would resume next week after repairs to the northern terminal were finished ahead of schedule.",
  "“We expect the first vessels to leave on Monday,” said Maria Lindqvist, the authority’s director of operations, adding that insurers had agreed to new terms.",
  "Farmers’ groups welcomed the news but warned that storage costs had risen sharply during the three-week closure, and asked the ministry for help.",
  "The ministry did not respond to a request for comment.",
];

/** The agency's copy: headline, byline, dateline, curly quotes, production credits. */
export const wireCopy = [
  "Grain shipments to resume next week, port says",
  "",
  "By Tom Hale",
  "",
  `ODESA, Ukraine (AP) — ${body[0]}`,
  "",
  ...body.slice(1).flatMap((p) => [p, ""]),
  "(Reporting by Tom Hale; Editing by Ann Ross)",
].join("\n");

/** A subscriber's copy: its own headline, straight quotes, loose spacing, its own footer. */
export const restyledCopy = [
  "PORT REOPENS: Shipments of grain set to restart",
  "",
  ...body.flatMap((p) => [p.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ +/g, "  "), ""]),
  "This story was originally published by The Associated Press.",
].join("\n");

/** The same story with its last sentence rewritten: a different story for the fingerprint. */
export const editedCopy = [
  "Grain shipments to resume",
  ...body.slice(0, 3),
  "The ministry said it would help.",
].join("\n\n");
