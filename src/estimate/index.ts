export { add, divide, multiply, scale, subtract, sumEstimates } from "./arithmetic.js";
export type { SumOptions } from "./arithmetic.js";
export type { EstimateErrorCode } from "./codes.js";
export { compareEstimates, contains, overlaps } from "./compare.js";
export type { EstimateRelation } from "./compare.js";
export { approx, atLeast, atMost, exact, magnitude, range } from "./constructors.js";
export type { ApproxableExtras, BoundExtras, EstimateExtras, HedgedExtras } from "./constructors.js";
export { formatEstimate } from "./format.js";
export type { FormatEstimateOptions } from "./format.js";
export { applyHedge, roundingStep } from "./hedge.js";
export type { HedgePolicy } from "./hedge.js";
export { fromInterval, isApproximate, toInterval } from "./interval.js";
export type { FromIntervalOptions, Interval, IntervalOptions } from "./interval.js";
export { MAGNITUDE_ORDERS, MAGNITUDES, magnitudeInterval } from "./magnitude.js";
export type { MagnitudeOrder, MagnitudeReading } from "./magnitude.js";
export { ratio } from "./ratio.js";
export type {
  ApproxEstimate,
  AtLeastEstimate,
  AtMostEstimate,
  Estimate,
  EstimateInput,
  EstimateKind,
  ExactEstimate,
  MagnitudeEstimate,
  RangeEstimate,
} from "./schema.js";
