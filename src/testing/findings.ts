// The seeds of arbDataset's `withFinding`: for every lint rule of
// checkDataset, what gives a dataset exactly one finding of it, on a subject
// of its own, so that it touches no other claim, breakdown, wave or ledger.
// Not exported from the package but for SEEDED_FINDINGS.

import fc from "fast-check";

import type { DatasetRuleCode } from "../dataset/codes.js";
import type { Maker, Seed, SeedPlace } from "./seed.js";
import { CLAIM_SEEDS, NAME_SEEDS } from "./seeds-claims.js";
import { RESTING_SEEDS } from "./seeds-resting.js";
import { SECTION_SEEDS } from "./seeds-sections.js";

/** A seed for every code of `DatasetRuleCode`: a rule added without one does not compile. */
const MAKERS: Readonly<Record<DatasetRuleCode, Maker>> = { ...CLAIM_SEEDS, ...SECTION_SEEDS, ...RESTING_SEEDS, ...NAME_SEEDS };

/**
 * The finding codes of `checkDataset` that {@link arbDataset} can seed with
 * `withFinding`: every code of `DatasetRuleCode`, each rule of
 * `DATASET_RULES`, in the order the rules run. A seed is a few claims, or a
 * breakdown, waves or a ledger of its own (with the claims they rest on),
 * whose ids start with a subject no other claim has; the dataset it is added
 * to then has exactly one finding, of that code, and no other (no seeded
 * finding implies another). Each seed comes in the variants below, drawn at
 * random.
 *
 * | code | what is added |
 * | --- | --- |
 * | `invalid-interval` | a count of people below zero, or a claim reported at a time with no last day |
 * | `unit-mismatch` | a second claim on one indicator in `"persons"`, the first in `"person"` |
 * | `cumulative-decrease` | a running total of killed that falls |
 * | `slipped-digit` | three figures of people present, the middle one ten times the others |
 * | `reported-before-valid` | an assertion reported before the time it describes |
 * | `simultaneous-conflict` | two different figures for one day, reported at one time |
 * | `hedge-drift` | a restatement of "about n" as "more than n" |
 * | `measure-drift` | a restatement of casualties as killed |
 * | `modality-drift` | a restatement of an assessment as a projection |
 * | `stale-restatement` | a restatement published after its original was revised |
 * | `possible-restatement` | one figure reported twice, days apart, with no `restates` |
 * | `reported-after-dataset` | a claim reported, or recorded, after the dataset's date |
 * | `unknown-as-zero` | a zero whose words say no figure was given |
 * | `increment-before-wave` | an added wave dated before the wave it adds to: two claims, or two deployment waves |
 * | `parts-exceed-total` | a breakdown whose killed are more than its total, or whose killed and wounded sum past it |
 * | `parts-fall-short` | a breakdown whose every counted part is given, summing below its total |
 * | `definition-mismatch` | a breakdown that gives its missing or captured (a figure, or "unknown") but counts only killed and wounded |
 * | `mixed-breakdown` | a breakdown whose killed and total come from claims of two valid times, subjects or originators |
 * | `plan-counted-as-deployment` | a wave counted as sent that rests on a claim of a plan, a projection or a possibility, or adds to a planned wave |
 * | `replacement-before-original` | a wave that replaces a wave beginning after it |
 * | `replaced-twice` | a wave replaced by two waves of which neither replaces the other |
 * | `possible-duplicate-wave` | two waves of one route and category, from two originators, in overlapping periods, with no link |
 * | `ledger-party-mismatch` | a ledger entry or valuation to or from a country that is not one of the ledger's parties |
 * | `tiv-summed-with-money` | a claim in USD that says TIV, a ledger value in USD on SIPRI TIV, or a valuation in USD that sums the entries' TIV |
 * | `rests-on-deprecated-claim` | a wave on a deprecated claim (superseded, or restated by the outlet), a breakdown whose killed is a deprecated claim's, or a ledger entry or valuation on one |
 * | `claim-figure-mismatch` | a wave's size, a ledger entry's quantity or value, or a valuation's value ten times and more the "about n" of the claim it rests on |
 * | `look-alike-names` | a second claim whose subject is the first's in capitals, or with a zero-width space after it |
 * | `replacement-not-in-history` | a deprecated claim superseded by a claim of another measure (wounded or missing) |
 *
 * @category Testing
 * @example
 * SEEDED_FINDINGS.includes("ledger-party-mismatch");
 * //=> true
 * SEEDED_FINDINGS.length === DATASET_RULES.length;
 * //=> true
 */
export const SEEDED_FINDINGS: readonly DatasetRuleCode[] = /* @__PURE__ */ Object.freeze(Object.keys(MAKERS) as DatasetRuleCode[]);

/** Whether `code` is a code arbDataset can seed. @internal */
export function isSeeded(code: unknown): code is DatasetRuleCode {
  return typeof code === "string" && Object.hasOwn(MAKERS, code);
}

/** What seeds one finding of `code` at `place`. @internal */
export function seedOf(code: DatasetRuleCode, place: SeedPlace): fc.Arbitrary<Seed> {
  const make = MAKERS[code];
  return fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.nat()).map(([v, pick]) => make(place, v, pick));
}
