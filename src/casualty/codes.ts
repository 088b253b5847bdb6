/**
 * The error codes of the casualty room.
 *
 * - `invalid-breakdown`: a value that is not a casualty breakdown: a field that is neither an estimate nor one of `CASUALTY_STATES`, a count that can go below zero, fields in different units, an `includes` that is not a list of distinct casualty parts, or a claim kept for a field that does not give that field's figure.
 * - `mixed-breakdown`: `breakdownFromClaims` got casualty claims of several originators, subjects, scopes or units, or two definitions of the total (`includes`) in force at once; a ratio (`lethality`, `casualtyRate`, `killedToWounded`, `woundedToKilled`) got two claims about different subjects or scopes; or `reconcileCasualties` a breakdown whose `claims` are of several originators, subjects, scopes or valid times.
 * - `not-a-stock`: `breakdownFromClaims` or `checkComposition` got a flow or an increment; a breakdown reads levels as of a time.
 * - `mixed-originators`: a ratio (`lethality`, `casualtyRate`, `killedToWounded`, `woundedToKilled`) got two claims of different originators.
 * - `mixed-aggregations`: a ratio got two claims counted differently (a count over a period against a level as of a time), or `casualtyRate` a casualties claim that is a flow or an increment.
 * - `mixed-valid-times`: a ratio got two claims valid for different times (a stock by its last day, a flow by its whole period).
 */
export type CasualtyErrorCode = "invalid-breakdown" | "mixed-breakdown" | "not-a-stock" | "mixed-originators" | "mixed-aggregations" | "mixed-valid-times";

/**
 * The codes of the findings of `reconcileCasualties` and `checkComposition`, stable across versions:
 *
 * - `part-exceeds-total`: a part the total counts is certainly larger than the total.
 * - `parts-exceed-total`: the parts the total counts certainly sum above it, though none alone exceeds it.
 * - `parts-fall-short`: every part the total counts is given, and they certainly sum below it.
 * - `definition-mismatch`: a part is given (or said to exist) that the total does not count.
 * - `not-derivable`: a figure the others would determine cannot be derived, because another figure it needs is unknown, not reported or none observed; none of these is zero.
 */
export type CasualtyFindingCode = "part-exceeds-total" | "parts-exceed-total" | "parts-fall-short" | "definition-mismatch" | "not-derivable";
