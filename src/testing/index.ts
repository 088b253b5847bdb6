// fogcount/testing: fast-check arbitraries and matchers for your own test suites.

export { arbEstimate, arbFigure } from "./estimate.js";
export type { ArbEstimateOptions } from "./estimate.js";
export { fogcountMatchers } from "./matchers.js";
export type { FogcountMatchers, MatcherResult } from "./matchers.js";
