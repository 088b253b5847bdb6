/**
 * The error codes of the claim room.
 *
 * - `invalid-claim`: `claim()` got an empty or spaced id, an empty subject, unit or scope, an invalid EDTF date, `includes` on a measure other than `casualties` (or empty, repeated or unknown parts), a deprecated status without a reason, or an attribution without an originator id; in a list of claims (`revisionHistory`, `consensus`), restatements that restate one another in a cycle, a `supersededBy` that names a restatement, replacements that run in a circle, subjects, units or scopes that look alike but differ as text (invisible characters, compatibility characters), or (with `knownFrom: "end"`) a `reportedAt` with no end.
 * - `invalid-measure`: a measure that is neither in `MEASURES` nor namespaced as `namespace:name`.
 * - `estimate-unit-mismatch`: a claim whose estimate's unit differs from its indicator's unit.
 */
export type ClaimErrorCode = "invalid-claim" | "invalid-measure" | "estimate-unit-mismatch";
