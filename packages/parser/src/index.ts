export type { Doc, Sentence, Stage, Token } from "./doc.ts";
export { parseArticle, stages } from "./pipeline.ts";
export { decodeText } from "./structure/decode.ts";
export { parseStructure } from "./structure/parse-structure.ts";
export * from "./types.ts";
