/**
 * The error codes of the ledger room (`fogcount/ledger`).
 *
 * - `invalid-ledger`: a value that is not a ledger, a ledger entry, a valuation or a ledger summary: a field its schema does not name (a misspelling, named with the field meant), a party code that is not ISO 3166-1 alpha-2, two parties with one code, an entry whose `from` or `to` is not one of the parties, an unknown category, stage or evidence, a quantity or value below zero, a quantity or value on an entry with the evidence none-observed, money in a unit that is not an ISO 4217 code (current or withdrawn), an index in one that is, a period that is not EDTF, an attribution that is not one; or a summary with a field a summary, group, sum or line does not have, or whose sums or order were edited.
 * - `duplicate-entry-id`: two entries (or valuations) of one ledger with the same id or ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters), or two summaries given to `mergeSummaries` that both count one (or ids that look alike).
 * - `party-mismatch`: ledgers or summaries between different parties given to `mergeLedgers` or `mergeSummaries`.
 * - `hedge-mismatch`: summaries made under different hedge policies given to `mergeSummaries`.
 */
export type LedgerErrorCode = "invalid-ledger" | "duplicate-entry-id" | "party-mismatch" | "hedge-mismatch";

/**
 * What `mergeLedgers` reports: `duplicate-id` and `duplicate-content` for an
 * entry found in more than one ledger (kept once), `conflicting-entry` (an id
 * with different contents, or ids that look alike with different contents) and
 * `party-name-conflict` for what the ledgers disagree on (never resolved by
 * choosing a version), and `possible-duplicate` for entries of different
 * ledgers that may tell one transfer (each kept).
 */
export type LedgerMergeCode = "duplicate-id" | "duplicate-content" | "conflicting-entry" | "party-name-conflict" | "possible-duplicate";
