/** Read queries for the API: filters, pages, counts and batch loaders (one statement per batch). */
export * from "./articles.ts";
export * from "./catalog.ts";
export * from "./corrections.ts";
export * from "./counts.ts";
export * from "./explain.ts";
export * from "./export.ts";
export * from "./facets.ts";
export * from "./filters.ts";
export * from "./integrity.ts";
export * from "./keyset.ts";
export * from "./people.ts";
export * from "./quotes.ts";
export * from "./rows.ts";
export { isUuid } from "./sql.ts";
export * from "./statement-counts.ts";
export * from "./statements.ts";
export * from "./topics.ts";
