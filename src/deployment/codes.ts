/**
 * The error codes of the deployment room. Five are shared with other rooms,
 * with the same meaning: `mixed-indicators` (waves or claims that are not
 * about one thing), `duplicate-claim-id`, `unit-mismatch`, `invalid-as-of` and `part-exceeds-whole`.
 *
 * - `invalid-deployment`: `deployment()` got a value that is not a wave (an unknown category, a country code that is not ISO 3166-1 alpha-2, the same country as sender and receiver, a size below zero, a time that is not EDTF, both `adds` and `replaces`, a wave that refers to itself, a field a wave does not have), or a function got such a wave in its list.
 * - `duplicate-deployment-id`: two waves with one id; waves refer to each other by id.
 * - `unknown-wave`: a wave `adds` to or `replaces` a wave that is not in the list: the list is not whole.
 * - `wave-cycle`: waves that add to or replace each other in a circle.
 * - `mixed-indicators` (shared): waves of several routes or categories in one total, or a wave that adds to or replaces a wave of another route, category or unit.
 * - `increment-without-base`: an increment with nothing to add to: no stock or flow among the claims, or a counted wave that adds to one the options leave out (another category or modality).
 * - `increment-before-base`: a total asked for a date on which an increment has begun and the wave it adds to has not.
 * - `replacement-before-original`: a total asked for a date on which a replacement has begun and the wave it replaces has not.
 * - `increment-on-replaced`: a total asked for a date on which an increment has begun that adds to a wave whose replacement had begun before it (an increment is part of its base, and goes with it when it is replaced).
 * - `no-waves`: nothing to total: no wave of the category and modality, or none begun by the date.
 * - `departures-exceed-deployed`: `netPresence` got departures certainly larger than the deployed.
 */
export type DeploymentErrorCode =
  | "invalid-deployment"
  | "duplicate-deployment-id"
  | "unknown-wave"
  | "wave-cycle"
  | "increment-without-base"
  | "increment-before-base"
  | "replacement-before-original"
  | "increment-on-replaced"
  | "no-waves"
  | "departures-exceed-deployed"
  | "mixed-indicators"
  | "duplicate-claim-id"
  | "unit-mismatch"
  | "invalid-as-of"
  | "part-exceeds-whole";

/**
 * The codes of the findings of `deploymentFindings` and `deploymentsFromClaims`, stable across versions:
 *
 * - `increment-before-base`: an increment begins before the wave it adds to (the seed's "early 2023", a slip for 2025).
 * - `replacement-before-original`: a replacement begins before the wave it replaces.
 * - `increment-on-replaced`: an increment begins after a replacement of the wave it adds to had begun, without saying which it adds to (totals from its start are refused with the error of the same code).
 * - `replaced-twice`: a wave replaced by two waves of which neither replaces the other: each takes its whole place, so a total counts both (one wave of 10,000 replaced by two of 10,000 gives 20,000); say whether one replaces the other too.
 * - `skipped-claim`: `deploymentsFromClaims` made no wave of a claim: a deprecated claim, or a restatement of another claim.
 * - `possible-duplicate-wave`: waves of one route, category, unit and modality from different originators whose periods overlap, or from one originator for the same period and reported on the same day, linked by neither `adds` nor `replaces` (directly or through other waves): they may report one wave twice (the NIS's 10,000 in October 2024 and an outlet's 10,000 in October 2024; the NIS's October figure relayed by two outlets); a total counts each that comes after the wave it may repeat in the list as an unstated share, none to all.
 */
export type DeploymentFindingCode = "increment-before-base" | "replacement-before-original" | "increment-on-replaced" | "replaced-twice" | "skipped-claim" | "possible-duplicate-wave";
