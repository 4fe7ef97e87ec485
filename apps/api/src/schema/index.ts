/** The schema: every type file registers itself on the builder. */
import { builder } from "../builder.ts";
import { guardArguments } from "../validate/arguments.ts";
import { guardResultSize } from "../validate/result-size.ts";
import "./common.ts";
import "./refs.ts";
import "./article.ts";
import "./article-mutations.ts";
import "./preview.ts";
import "./quote-filter.ts";
import "./quote.ts";
import "./statement.ts";
import "./person.ts";
import "./topic.ts";
import "./catalog.ts";
import "./facets.ts";
import "./corrections.ts";
import "./correction-log.ts";
import "./viewer.ts";
import "./feeds.ts";

/**
 * Every argument passes the input rules of `validate/` before its resolver runs, and every
 * request's lists together stay within a budget of items.
 */
export const schema = guardResultSize(guardArguments(builder.toSchema({ sortSchema: true })));
