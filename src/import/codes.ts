/**
 * The error codes of the importers (`fogcount/import`).
 *
 * - `invalid-record`: a record that cannot be read: not an object (a hole in a sparse array included), a date that is not EDTF or repeats an earlier record's (its day, in a daily series; its time, in a corrections file, where a day without a time is its start), a value that is missing, not a finite number or a negative count, a hedge marker that is missing or not in the mapping, a correction in a field the options do not read (unless `unknownFields: "ignore"`) or one that is not whole for a figure in whole numbers, or a correction that restates a figure below zero; in a SIPRI trade register, a row with a field that cannot be read or with more delivered than ordered (named by line and column). The message names the record index and field, as in `records[12].personnel: expected a number, got "n/a"`.
 * - `unmatched-correction`: a correction for a field and date with no earlier figure for that field in the series it corrects.
 */
export type ImportErrorCode = "invalid-record" | "unmatched-correction";
