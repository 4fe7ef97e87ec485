import { type QuoteFilterInput, quotesHref } from "@/lib/quote-filter";

/** One-click views of the home page: each is just a link to the explorer. */
const QUICK_VIEWS: { label: string; filter: QuoteFilterInput }[] = [
  {
    label: "Statements by Ukrainian officials",
    filter: { speakerCountry: ["UA"], official: true },
  },
  { label: "Statements by Russian officials", filter: { speakerCountry: ["RU"], official: true } },
  { label: "Statements by US officials", filter: { speakerCountry: ["US"], official: true } },
  { label: "Statements by experts", filter: { speakerCategory: ["EXPERT"] } },
  { label: "Direct quotes only", filter: { kind: ["DIRECT"] } },
];

export const quickViewLinks = QUICK_VIEWS.map((v) => ({
  label: v.label,
  href: quotesHref(v.filter),
}));
