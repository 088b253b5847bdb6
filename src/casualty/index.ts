/**
 * Casualty breakdowns, their reconciliation and their ratios.
 *
 * @module fogcount/casualty
 */

export { breakdownFromClaims } from "./from-claims.js";
export type { BreakdownQuery } from "./from-claims.js";
export type { CasualtyErrorCode, CasualtyFindingCode } from "./codes.js";
export { checkComposition } from "./composition.js";
export type { CompositionFinding, CompositionOptions } from "./composition.js";
export type { CasualtyFinding } from "./findings.js";
export { casualtyRate, killedToWounded, lethality, woundedToKilled } from "./ratios.js";
export type { CasualtyRatioOptions } from "./ratios.js";
export { reconcileCasualties } from "./reconcile.js";
export type { Reconciliation } from "./reconcile.js";
export type { CasualtyBreakdown, CasualtyBreakdownInput, CasualtyValue } from "./schema.js";
export { BREAKDOWN_FIELDS, CASUALTY_STATES } from "./vocabulary.js";
export type { BreakdownField, CasualtyState } from "./vocabulary.js";
