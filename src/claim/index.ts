// The claim room: a figure with its indicator, times, attribution and status.

export { claim } from "./claim.js";
export type { ClaimInit } from "./claim.js";
export type { ClaimErrorCode } from "./codes.js";
export { indicatorKey } from "./indicator-key.js";
export { AGGREGATIONS, MODALITIES } from "./kinds.js";
export type { Aggregation, ClaimModality } from "./kinds.js";
export type { IndicatorKeyInput } from "./indicator-key.js";
export {
  CASUALTY_PARTS,
  isMeasure,
  MEASURE_NAME_PATTERN,
  MEASURE_NAMESPACE_PATTERN,
  MEASURES,
  STANDARD_MEASURES,
} from "./measures.js";
export type { CasualtyPart, Measure, NamespacedMeasure, StandardMeasure } from "./measures.js";
export type { Claim, ClaimInput, ClaimStatus, Indicator } from "./schema.js";
