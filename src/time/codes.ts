/**
 * The error codes of the time room.
 *
 * - `invalid-period`: `period()` got a string that is not a supported EDTF period; the message gives the reason `parsePeriod` found.
 * - `invalid-reference`: `resolveTimePhrase` got a `reference` that is not an ISO calendar date (`YYYY-MM-DD`).
 * - `invalid-option`: an option outside its documented domain (a hemisphere other than `"north"` or `"south"`, an unknown qualifier policy).
 */
export type TimeErrorCode = "invalid-period" | "invalid-reference" | "invalid-option";
