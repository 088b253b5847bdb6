// The public surface of fogcount, re-exported by name.

export { FogcountError, isFogcountError } from "./errors.js";
export type { FogcountErrorCode } from "./errors.js";
export type { ImportErrorCode } from "./import/codes.js";

export {
  add,
  applyHedge,
  approx,
  atLeast,
  atMost,
  compareEstimates,
  contains,
  divide,
  exact,
  formatEstimate,
  fromInterval,
  isApproximate,
  magnitude,
  MAGNITUDE_ORDERS,
  MAGNITUDES,
  magnitudeInterval,
  multiply,
  overlaps,
  range,
  ratio,
  roundingStep,
  scale,
  subtract,
  sumEstimates,
  toInterval,
} from "./estimate/index.js";
export type {
  ApproxableExtras,
  ApproxEstimate,
  AtLeastEstimate,
  AtMostEstimate,
  BoundExtras,
  Estimate,
  EstimateErrorCode,
  EstimateExtras,
  EstimateInput,
  EstimateKind,
  EstimateRelation,
  ExactEstimate,
  FormatEstimateOptions,
  FromIntervalOptions,
  HedgedExtras,
  HedgePolicy,
  Interval,
  IntervalOptions,
  MagnitudeEstimate,
  MagnitudeOrder,
  MagnitudeReading,
  RangeEstimate,
  SumOptions,
} from "./estimate/index.js";

export { comparePeriods, isWithin, overlapsPeriod } from "./time/compare.js";
export { periodBounds } from "./time/bounds.js";
export type { BoundsOptions, PeriodBounds } from "./time/bounds.js";
export type { TimeErrorCode } from "./time/codes.js";
export { formatPeriod, parsePeriod, period } from "./time/edtf.js";
export type { PeriodResult } from "./time/edtf.js";
export type { QualifierPolicy } from "./time/range.js";
export type {
  DateParts,
  DatePeriod,
  IntervalEnd,
  IntervalPeriod,
  OpenEnd,
  Period,
  PeriodKind,
  PeriodPoint,
  SeasonPeriod,
  SubyearPeriod,
  UnknownEnd,
  Unspecified,
} from "./time/schema.js";
export { SEASON_NAMES, SEASON_START_MONTH, SUBYEAR_LENGTH } from "./time/seasons.js";
export type { Hemisphere, SeasonName, SubyearUnit } from "./time/seasons.js";

export {
  ADMIRALTY_CREDIBILITY,
  ADMIRALTY_CREDIBILITY_GRADES,
  ADMIRALTY_RELIABILITY,
  ADMIRALTY_RELIABILITY_GRADES,
  CHANNEL_NAMES,
  CHANNELS,
  CONFIDENCE_LEVEL_NAMES,
  CONFIDENCE_LEVELS,
  effectiveReliability,
  ICD203_LIKELIHOOD,
  lastRelay,
  LIKELIHOOD_TERMS,
  originatorOf,
  source,
  SOURCE_KIND_NAMES,
  SOURCE_KINDS,
} from "./provenance/index.js";
export type {
  AdmiraltyCode,
  AdmiraltyCredibility,
  AdmiraltyReliability,
  Attribution,
  Channel,
  ChannelStep,
  ConfidenceLevel,
  EffectiveReliability,
  IntermediaryStep,
  LikelihoodTerm,
  ProvenanceErrorCode,
  Publication,
  RelayStep,
  Source,
  SourceExtras,
  SourceKind,
} from "./provenance/index.js";

// Named modules rather than the room index, whose parse helpers need zod (they are on fogcount/schemas).
export { claim } from "./claim/claim.js";
export { indicatorKey } from "./claim/indicator-key.js";
export {
  CASUALTY_PARTS,
  isMeasure,
  MEASURE_NAME_PATTERN,
  MEASURE_NAMESPACE_PATTERN,
  MEASURES,
  STANDARD_MEASURES,
} from "./claim/measures.js";
export type {
  CasualtyPart,
  Claim,
  ClaimErrorCode,
  ClaimInit,
  ClaimInput,
  ClaimStatus,
  Indicator,
  IndicatorKeyInput,
  Measure,
  NamespacedMeasure,
  StandardMeasure,
} from "./claim/index.js";
