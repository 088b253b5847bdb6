/**
 * The error codes of the render room (`fogcount/render`). The charts refuse
 * what they are given with the codes of the rooms they draw (`invalid-history`,
 * `invalid-deployment`, `invalid-breakdown`, `invalid-ledger`, …); one is their own:
 *
 * - `invalid-balance`: `ledgerChart` got a value that looks like a ledger balance (it has `directions`) but is not one as `balance` returns it: parties that are not two, a direction whose parties are not the balance's, a line whose category, stage, counts or totals are not what a balance holds, a total that can go below zero, money in a unit that is not an ISO 4217 code, or an index in one that is.
 */
export type RenderErrorCode = "invalid-balance";
