// fogcount/testing: fast-check arbitraries and matchers for your own test suites.

export { arbAttribution, arbClaim, arbSource } from "./claim.js";
export type { ArbClaimOptions } from "./claim.js";
export { arbEstimate, arbFigure } from "./estimate.js";
export type { ArbEstimateOptions } from "./estimate.js";
export { fogcountMatchers } from "./matchers.js";
export type { FogcountMatchers, MatcherResult } from "./matchers.js";
export {
  arbDatePeriod,
  arbEdtf,
  arbIntervalPeriod,
  arbIsoDate,
  arbPeriod,
  arbPeriodPoint,
  arbSeasonPeriod,
  arbSubyearPeriod,
} from "./time.js";
export type { ArbPeriodOptions } from "./time.js";
export { arbCumulativeSeries } from "./revision.js";
export type { ArbCumulativeSeriesOptions } from "./revision.js";
