export { periodBounds } from "./bounds.js";
export type { BoundsOptions, PeriodBounds } from "./bounds.js";
export type { TimeErrorCode } from "./codes.js";
export { comparePeriods, isWithin, overlapsPeriod } from "./compare.js";
export { describePeriod } from "./describe.js";
export { formatPeriod, parsePeriod, period } from "./edtf.js";
export type { PeriodResult } from "./edtf.js";
export type { QualifierPolicy } from "./range.js";
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
} from "./schema.js";
export { SEASON_NAMES, SEASON_START_MONTH, SUBYEAR_LENGTH } from "./seasons.js";
export type { Hemisphere, SeasonName, SubyearUnit } from "./seasons.js";
