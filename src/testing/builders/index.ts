// The builders of fogcount/testing: test data that reads as a sentence.

export { aBreakdown } from "./breakdown.js";
export type { BreakdownBuilder } from "./breakdown.js";
export { aClaim } from "./claim.js";
export type { ClaimBuilder } from "./claim.js";
export { aDataset } from "./dataset.js";
export type { DatasetBuilder } from "./dataset.js";
export { aLedgerEntry } from "./ledger.js";
export type { LedgerEntryBuilder, WorthOptions } from "./ledger.js";
export { aWave } from "./wave.js";
export type { WaveBuilder } from "./wave.js";
