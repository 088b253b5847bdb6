/**
 * The error codes of the importers (`fogcount/import`).
 *
 * - `invalid-record`: a record that cannot be read: not an object, a date that is not EDTF or repeats an earlier record's, a value that is missing or not a finite number, a hedge marker that is missing or not in the mapping. The message names the record index and field, as in `records[12].personnel: expected a number, got "n/a"`.
 * - `unmatched-correction`: a correction for a field and date with no earlier figure for that field in the series it corrects.
 */
export type ImportErrorCode = "invalid-record" | "unmatched-correction";
