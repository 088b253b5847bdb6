// fogcount/text: read estimates and time phrases out of reporting text.
// Kept apart from the main entry: the phrase tables are the largest part of the
// library, and a program that only computes with estimates does not need them.

export { extractEstimates } from "./estimate/extract.js";
export type { ExtractedEstimate, ExtractEstimatesOptions } from "./estimate/extract.js";
export { parseEstimate } from "./estimate/parse.js";
export type { ParseEstimateFailure, ParseEstimateOptions, ParseEstimateResult } from "./estimate/parse.js";
export { EN_PHRASES } from "./estimate/phrases/en.js";
export type { PhraseTable } from "./estimate/phrases/types.js";
export { resolveTimePhrase } from "./text/time/index.js";
export type { TimePhraseOptions } from "./text/time/index.js";
