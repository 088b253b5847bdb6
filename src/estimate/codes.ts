/**
 * The error codes of the estimate room.
 *
 * - `invalid-estimate`: a constructor got a value that is not a finite number, a negative upper bound, an empty unit, or an option of the wrong type.
 * - `invalid-interval`: a range whose low end exceeds its high end.
 * - `unknown-magnitude`: an order of magnitude that is not in `MAGNITUDES`.
 * - `unit-mismatch`: arithmetic or comparison on estimates with different units.
 * - `division-by-zero-interval`: a divisor whose interval contains zero.
 * - `unbounded-below`: a result with no lower bound, which no estimate can state.
 * - `part-exceeds-whole`: `ratio` given a part that is certainly larger than its whole.
 * - `empty-sum`: `sumEstimates` of an empty list without a `unit` to sum in.
 * - `invalid-option`: an option outside its documented domain (a negative relative hedge, a non-finite factor).
 * - `overflow`: a result too large to hold as a finite number, from finite inputs.
 */
export type EstimateErrorCode =
  | "invalid-estimate"
  | "invalid-interval"
  | "unknown-magnitude"
  | "unit-mismatch"
  | "division-by-zero-interval"
  | "unbounded-below"
  | "part-exceeds-whole"
  | "empty-sum"
  | "invalid-option"
  | "overflow";
