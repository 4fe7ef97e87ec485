/** Moved to util/: the knowledge base uses it too, and kb/ must not import people/. */
export { memo } from "../util/memo.ts";
