/**
 * Read estimates and time phrases out of reporting text. Kept apart from the main entry: the
 * phrase tables are the largest part of the library, and a program that only computes with
 * estimates does not need them.
 *
 * @module fogcount/text
 */

export { extractEstimates } from "./extract.js";
export type { ExtractedEstimate, ExtractEstimatesOptions, Modality } from "./extract.js";
export { parseEstimate } from "./parse.js";
export type { ParseEstimateFailure, ParseEstimateOptions, ParseEstimateResult } from "./parse.js";
export { EN_PHRASES } from "./phrases/en.js";
export type { ModalityCue, PhraseTable } from "./phrases/types.js";
export { resolveTimePhrase } from "./time/index.js";
export type { TimePhraseOptions } from "./time/index.js";
