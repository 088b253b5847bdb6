/**
 * What two parties sent each other, entry by entry; flows, balances, mergeable summaries and
 * merged ledgers. An entry of its own, so that a program that only states and sums estimates
 * does not carry it.
 *
 * @module fogcount/ledger
 */

export { balance } from "./balance.js";
export type { BalanceLine, BalanceOptions, DirectionBalance, LedgerBalance, Total } from "./balance.js";
export type { EvidenceCounts, NetInterval, NetValue } from "./net.js";
export type { LedgerErrorCode, LedgerMergeCode } from "./codes.js";
export { ledger, ledgerEntry, ledgerParty, ledgerValuation } from "./constructors.js";
export type { LedgerInit } from "./constructors.js";
export type { OneOrMore } from "./filters.js";
export { flows } from "./flows.js";
export type { FlowsOptions } from "./flows.js";
export { mergeLedgers } from "./merge.js";
export type { LedgerItem } from "./merge-items.js";
export type { MergedLedgers } from "./merge.js";
export type { LedgerConflict, LedgerDuplicate, LedgerPossibleDuplicate } from "./merge-items.js";
export type { Ledger, LedgerEntry, LedgerInput, LedgerParty, LedgerValuation, LedgerValue } from "./schema.js";
export { EMPTY_LEDGER_SUMMARY, mergeSummaries, summarizeLedger } from "./summary.js";
export type { SummarizeOptions } from "./summary.js";
export type { LedgerSummary, NoneObservedLine, SummaryGroup, ValuationLine } from "./summary-shape.js";
export type { SummedEstimates } from "./sums.js";
export { LEDGER_CATEGORIES, LEDGER_EVIDENCE, LEDGER_STAGES, LEDGER_VALUE_BASES } from "./vocabulary.js";
export type { LedgerCategory, LedgerEvidence, LedgerStage, LedgerValueBasis, StandardLedgerCategory } from "./vocabulary.js";
