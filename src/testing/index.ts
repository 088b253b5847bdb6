/**
 * fast-check arbitraries, matchers and builders for your own test suites. fast-check, vitest
 * and Jest are optional peers of this entry only.
 *
 * @module fogcount/testing
 */

export { arbAttribution, arbClaim, arbSource } from "./claim.js";
export type { ArbAttributionOptions, ArbClaimOptions, ArbSourceOptions } from "./claim.js";
export { arbEstimate, arbFigure, arbInterval } from "./estimate.js";
export type { ArbEstimateOptions, ArbIntervalOptions } from "./estimate.js";
export { fogcountMatchers } from "./matchers.js";
export type { FogcountMatchers, MatcherResult, ToContainValueOptions, ToEqualEstimateOptions, ToHaveFindingOptions } from "./matchers.js";
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
export { arbRevisionHistory, arbSeries } from "./series.js";
export type { ArbSeriesOptions } from "./series.js";
export { arbBreakdown } from "./casualty.js";
export type { ArbBreakdownOptions } from "./casualty.js";
export { arbWaves } from "./deployment.js";
export type { ArbWavesOptions } from "./deployment.js";
export { arbLedger, arbLedgerEntries } from "./ledger.js";
export type { ArbLedgerOptions } from "./ledger.js";
export { arbDataset } from "./dataset.js";
export type { ArbDatasetOptions } from "./dataset.js";
export { SEEDED_FINDINGS } from "./findings.js";
export { aBreakdown, aClaim, aDataset, aLedgerEntry, aWave } from "./builders/index.js";
export type { BreakdownBuilder, ClaimBuilder, DatasetBuilder, LedgerEntryBuilder, WaveBuilder, WorthOptions } from "./builders/index.js";
