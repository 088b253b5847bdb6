/**
 * The error codes of the dataset room.
 *
 * - `invalid-dataset`: `checkDataset` or `datasetClaims` got a value that is not a dataset (the message names the first problem and its path, as `parseDataset` would report it).
 * - `source-conflict`: `datasetFromClaims` found two different sources with one id: a dataset lists each source once, so a claim cannot say something else about it.
 */
export type DatasetErrorCode = "invalid-dataset" | "source-conflict";

/**
 * The codes of the findings of `checkDataset`, one per lint rule, stable
 * across versions; each is described, with an example, in the lint-rule
 * reference (`docs/reference/lint-rules.md`).
 *
 * - `invalid-interval`: a count below zero, a valid time with unspecified digits (`20XX`), or a report time with no end or an unknown one.
 * - `unit-mismatch`: one indicator in two spellings of a unit, or a restatement in another unit.
 * - `cumulative-decrease`, `slipped-digit`: a running total that falls, a figure ten times off its neighbours.
 * - `hedge-drift`, `measure-drift`, `modality-drift`, `stale-restatement`: a restatement that drifts from its original.
 * - `possible-restatement`, `simultaneous-conflict`: one figure entered twice, two figures at one moment.
 * - `reported-before-valid`: an assertion reported before the time it describes, or a wave counted as sent reported before its period.
 * - `reported-after-dataset`: a claim reported after the dataset's own date.
 * - `unknown-as-zero`: a zero where the source gave no figure.
 * - `increment-before-wave`: an added wave dated before the waves it adds to, among the claims or the deployment waves.
 * - `parts-exceed-total`: a casualty breakdown whose counted parts, or one of them, are certainly more than its total; or one originator's part claims against the casualties claim of the same day that counts them.
 * - `parts-fall-short`: a casualty breakdown whose counted parts are all given and certainly sum below its total; or one originator's part claims against the casualties claim of the same day that counts them.
 * - `definition-mismatch`: a casualty breakdown that gives a part its total does not count.
 * - `mixed-breakdown`: a casualty breakdown whose figures come from claims of different originators, subjects or valid times.
 * - `plan-counted-as-deployment`: a wave counted as sent that rests on a plan, a projection or a possibility, or adds to a wave that is one; a ledger entry delivered or in use every claim of which is one; a casualty breakdown's figure resting on one; a ledger valuation every claim of which is one.
 * - `replacement-before-original`: a wave that replaces a wave beginning after it.
 * - `replaced-twice`: a wave replaced by two waves of which neither replaces the other, so that totals count both.
 * - `possible-duplicate-wave`: a wave that may report a wave before it again: of one route, category, unit and modality, from another originator in an overlapping period, or from the same originator for the same period reported on the same day, linked to it by neither adds nor replaces.
 * - `ledger-party-mismatch`: a ledger entry or valuation from or to a country that is not one of the ledger's parties.
 * - `tiv-summed-with-money`: a SIPRI trend-indicator value (TIV) recorded as money.
 * - `rests-on-deprecated-claim`: a deployment wave, a casualty breakdown's figure or a ledger entry or valuation that rests on a deprecated claim (retracted or replaced), or on a restatement of one.
 * - `claim-figure-mismatch`: a wave's size, or a ledger entry's quantity or value, that no claim it rests on in its unit allows, each figure read as wide as its rounding; a wave or ledger item that rests on a claim of another measure (the killed counted as sent).
 * - `replacement-not-in-history`: a deprecated claim whose `supersededBy` names a claim of another originator or indicator, so that no figure of its series can be in force.
 * - `look-alike-names`: subjects, scopes, units, source ids or party ids that differ only in case, white space, invisible characters or Unicode form, counted as two things that may be one.
 */
export type DatasetRuleCode =
  | "invalid-interval"
  | "unit-mismatch"
  | "cumulative-decrease"
  | "slipped-digit"
  | "hedge-drift"
  | "measure-drift"
  | "modality-drift"
  | "stale-restatement"
  | "possible-restatement"
  | "simultaneous-conflict"
  | "reported-before-valid"
  | "reported-after-dataset"
  | "unknown-as-zero"
  | "increment-before-wave"
  | "parts-exceed-total"
  | "parts-fall-short"
  | "definition-mismatch"
  | "mixed-breakdown"
  | "plan-counted-as-deployment"
  | "replacement-before-original"
  | "replaced-twice"
  | "possible-duplicate-wave"
  | "ledger-party-mismatch"
  | "tiv-summed-with-money"
  | "rests-on-deprecated-claim"
  | "claim-figure-mismatch"
  | "replacement-not-in-history"
  | "look-alike-names";

/** How serious a finding is: an `error` fails `fogcount check`, a `warning` is a figure to look at. */
export type DatasetSeverity = "error" | "warning";

/** What a rule may be set to in `CheckDatasetOptions.rules`: a severity, or `"off"`. */
export type DatasetRuleSetting = DatasetSeverity | "off";
