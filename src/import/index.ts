/**
 * Claims from the common shapes of real series.
 *
 * @module fogcount/import
 */

export type { ImportErrorCode } from "./codes.js";
export { importCorrections } from "./corrections.js";
export type { CorrectionsOptions } from "./corrections.js";
export type { RecordIssue } from "./error.js";
export { DEFAULT_HEDGE_MARKERS } from "./hedge-markers.js";
export type { HedgeReading } from "./hedge-markers.js";
export { importCumulativeSeries } from "./series.js";
export type { SeriesField, SeriesOptions } from "./series.js";
export { importSipriTradeRegister, SIPRI_TIV_UNIT } from "./sipri.js";
export type { SipriOptions } from "./sipri.js";
