// The claims that give a dataset exactly one finding of a chosen lint rule,
// each on a subject of its own, so that they touch no other claim. Not
// exported from the package but for SEEDED_FINDINGS.

import fc from "fast-check";

import type { Claim, Indicator } from "../claim/schema.js";
import type { DatasetRuleCode } from "../dataset/codes.js";
import type { Estimate } from "../estimate/schema.js";
import type { Source } from "../provenance/schema.js";
import { isoOf } from "./days.js";
import type { Window } from "./days.js";

/**
 * The finding codes of `checkDataset` that {@link arbDataset} can seed with
 * `withFinding`: every rule of `DATASET_RULES` that reads claims, each
 * produced by a few claims of a subject of their own. The rules of casualty
 * breakdowns, waves and ledgers (`parts-exceed-total`, `ledger-party-mismatch`,
 * …) are not seeded: `arbDataset` refuses them by name.
 *
 * | code | what is added |
 * | --- | --- |
 * | `invalid-interval` | a count of people below zero, or a claim reported at a time with no last day |
 * | `unit-mismatch` | a second claim on one indicator in `"persons"`, the first in `"person"` |
 * | `cumulative-decrease` | a running total of killed that falls |
 * | `slipped-digit` | three figures of people present, the middle one ten times the others |
 * | `hedge-drift` | a restatement of "about n" as "more than n" |
 * | `measure-drift` | a restatement of casualties as killed |
 * | `modality-drift` | a restatement of an assessment as a projection |
 * | `stale-restatement` | a restatement published after its original was revised |
 * | `possible-restatement` | one figure reported twice, days apart, with no `restates` |
 * | `simultaneous-conflict` | two different figures for one day, reported at one time |
 * | `reported-before-valid` | an assertion reported before the time it describes |
 * | `reported-after-dataset` | a claim reported, or recorded, after the dataset's date |
 * | `unknown-as-zero` | a zero whose words say no figure was given |
 * | `increment-before-wave` | an added wave dated before the wave it adds to |
 *
 * @category Testing
 * @example
 * SEEDED_FINDINGS.includes("unit-mismatch");
 * //=> true
 */
export const SEEDED_FINDINGS: readonly DatasetRuleCode[] = [
  "invalid-interval",
  "unit-mismatch",
  "cumulative-decrease",
  "slipped-digit",
  "hedge-drift",
  "measure-drift",
  "modality-drift",
  "stale-restatement",
  "possible-restatement",
  "simultaneous-conflict",
  "reported-before-valid",
  "reported-after-dataset",
  "unknown-as-zero",
  "increment-before-wave",
];

/** The days a seed needs from the start of the window. @internal */
export const SEED_DAYS = 60;

/** What a seed is made with: the subject no other claim has, the window, an originator and an outlet. @internal */
export interface SeedPlace {
  readonly subject: string;
  readonly window: Window;
  readonly originator: Source;
  readonly outlet: Source;
}

type Maker = (p: SeedPlace, v: number, pick: number) => Claim[];

const person = (value: number, extra: Partial<Estimate> = {}): Estimate => ({ kind: "exact", value, unit: "person", ...extra }) as Estimate;
const about = (value: number): Estimate => ({ kind: "approx", value, unit: "person" });

/** A claim of the seed: `n` its number, on `measure`, valid and reported `valid` and `reported` days into the window. */
function seedClaim(p: SeedPlace, n: string, indicator: Partial<Indicator>, estimate: Estimate, valid: number | string, reported: number | string, extra: Partial<Claim> = {}): Claim {
  const day = (d: number | string) => (typeof d === "number" ? isoOf(p.window[0] + d) : d);
  return {
    id: `${p.subject}.${n}`,
    indicator: { subject: p.subject, measure: "killed", unit: estimate.unit, ...indicator } as Indicator,
    estimate,
    validTime: day(valid),
    reportedAt: day(reported),
    attribution: { originator: p.originator },
    status: { kind: "normal" },
    ...extra,
  };
}

const restating = (p: SeedPlace, id: string): Partial<Claim> => ({ restates: `${p.subject}.${id}`, attribution: { originator: p.outlet } });

const MAKERS: Readonly<Partial<Record<DatasetRuleCode, Maker>>> = {
  "invalid-interval": (p, v, pick) =>
    pick % 2 === 0 ? [seedClaim(p, "1", {}, person(-1 - (v % 1000)), 1, 2)] : [seedClaim(p, "1", {}, about(v), 1, `${isoOf(p.window[0] + 2)}/..`)],
  "unit-mismatch": (p, v) => [seedClaim(p, "1", {}, person(v), 1, 1), seedClaim(p, "2", {}, person(v + 1, { unit: "persons" }), 5, 5)],
  "cumulative-decrease": (p, v) => [seedClaim(p, "1", {}, person(v + 10), 1, 1), seedClaim(p, "2", {}, person(Math.ceil((v + 10) / 2)), 10, 10)],
  "slipped-digit": (p, v) => {
    const a = 10 + (v % 1000);
    const present = { measure: "present" } as const;
    return [seedClaim(p, "1", present, person(a), 1, 1), seedClaim(p, "2", present, person(10 * a), 10, 10), seedClaim(p, "3", present, person(a + Math.floor(a / 10)), 20, 20)];
  },
  "hedge-drift": (p, v) => [seedClaim(p, "1", {}, about(v), 1, 1), seedClaim(p, "2", {}, { kind: "atLeast", value: v, strict: true, unit: "person" }, 1, 3, restating(p, "1"))],
  "measure-drift": (p, v) => [seedClaim(p, "1", { measure: "casualties" }, about(v), 1, 1), seedClaim(p, "2", {}, about(v), 1, 3, restating(p, "1"))],
  "modality-drift": (p, v) => [seedClaim(p, "1", {}, about(v), 1, 1), seedClaim(p, "2", {}, about(v), 1, 3, { ...restating(p, "1"), modality: "projected" })],
  "stale-restatement": (p, v) => [seedClaim(p, "1", {}, about(v), 1, 1), seedClaim(p, "2", {}, about(v + 1 + (v >> 2)), 10, 10), seedClaim(p, "3", {}, about(v), 1, 15, restating(p, "1"))],
  "possible-restatement": (p, v, pick) => [seedClaim(p, "1", {}, about(v), 1, 2), seedClaim(p, "2", {}, about(v), 1, 3 + (pick % 14))],
  "simultaneous-conflict": (p, v) => [seedClaim(p, "1", {}, person(v), 1, 2), seedClaim(p, "2", {}, person(v + 10 + (v >> 1)), 1, 2)],
  "reported-before-valid": (p, v) => [seedClaim(p, "1", {}, about(v), 30, 10)],
  "reported-after-dataset": (p, v, pick) =>
    pick % 2 === 0 ? [seedClaim(p, "1", {}, about(v), 1, p.window[1] - p.window[0] + 1)] : [seedClaim(p, "1", {}, about(v), 1, 2, { recordedAt: isoOf(p.window[1] + 1) })],
  "unknown-as-zero": (p, _v, pick) => {
    const words = ["not reported", "unknown", "n/a", "—"][pick % 4] as string;
    return [pick % 2 === 0 ? seedClaim(p, "1", {}, person(0, { text: words }), 1, 1) : seedClaim(p, "1", {}, person(0), 1, 1, { text: words })];
  },
  "increment-before-wave": (p, v) => {
    const deployed = { measure: "deployed" } as const;
    return [
      seedClaim(p, "1", { ...deployed, aggregation: "flow" }, about(v + 1000), `${isoOf(p.window[0] + 20)}/${isoOf(p.window[0] + 40)}`, 41),
      seedClaim(p, "2", { ...deployed, aggregation: "increment" }, about(v), `${isoOf(p.window[0] + 1)}/${isoOf(p.window[0] + 10)}`, 45),
    ];
  },
};

/** The claims that seed one finding of `code`. @internal */
export function seedClaims(code: DatasetRuleCode, place: SeedPlace): fc.Arbitrary<Claim[]> {
  // arbDataset refuses a code not in SEEDED_FINDINGS before it seeds
  const make = MAKERS[code] as Maker;
  return fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.nat()).map(([v, pick]) => make(place, v, pick));
}
