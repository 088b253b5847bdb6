// What a seed of one lint finding is made of, and the claims it is written
// with: the shared ground of the seeds of claims (seeds-claims.ts) and of
// breakdowns, waves and ledgers (seeds-sections.ts). Not exported from the
// package.

import type { Claim, Indicator } from "../claim/schema.js";
import type { DatasetParts } from "../dataset/from-parts.js";
import type { DatasetParty } from "../dataset/parts.js";
import type { Dataset } from "../dataset/schema.js";
import type { Deployment } from "../deployment/schema.js";
import type { Estimate } from "../estimate/schema.js";
import type { Source } from "../provenance/schema.js";
import { isoOf } from "./days.js";
import type { Window } from "./days.js";

/** The days a seed needs from the start of the window. @internal */
export const SEED_DAYS = 60;

/**
 * What a seed is made with: the subject no other claim has (every id of the
 * seed starts with it, and no subject of the dataset does), the window, an
 * originator and an outlet, and the dataset's parties (two or more). @internal
 */
export interface SeedPlace {
  readonly subject: string;
  readonly window: Window;
  readonly originator: Source;
  readonly outlet: Source;
  readonly parties: readonly DatasetParty[];
}

/**
 * What a seed adds to a dataset: claims, and breakdowns, waves and ledgers as
 * their rooms hold them; `edit` then writes into the built dataset what no
 * room's constructor takes but a dataset file may hold (an entry from a
 * country that is not a party of its ledger). @internal
 */
export interface Seed {
  readonly claims: readonly Claim[];
  readonly casualtyBreakdowns?: NonNullable<DatasetParts["casualtyBreakdowns"]>;
  readonly deployments?: readonly Deployment[];
  readonly ledgers?: NonNullable<DatasetParts["ledgers"]>;
  readonly edit?: (dataset: Dataset) => Dataset;
}

/** A seed of one finding: from the place, a whole number `v` from 1 to 100,000 and a `pick` (≥ 0) of the seed's variants. @internal */
export type Maker = (p: SeedPlace, v: number, pick: number) => Seed;

/** An exact count of people. @internal */
export const person = (value: number, extra: Partial<Estimate> = {}): Estimate => ({ kind: "exact", value, unit: "person", ...extra } as Estimate);

/** "About n" people. @internal */
export const about = (value: number): Estimate => ({ kind: "approx", value, unit: "person" });

/** The ISO date `d` days into the window, or `d` itself when it is already a time. @internal */
export const dayIn = (p: SeedPlace, d: number | string): string => (typeof d === "number" ? isoOf(p.window[0] + d) : d);

/**
 * A claim of the seed, `${subject}.${n}`, by the originator: on `indicator`
 * (killed of the seed's subject unless it says otherwise, in the estimate's
 * unit), valid and reported `valid` and `reported` days into the window (or
 * at the times given). @internal
 */
export function seedClaim(
  p: SeedPlace,
  n: string,
  indicator: Partial<Indicator>,
  estimate: Estimate,
  valid: number | string,
  reported: number | string,
  extra: Partial<Claim> = {}
): Claim {
  return {
    id: `${p.subject}.${n}`,
    indicator: { subject: p.subject, measure: "killed", unit: estimate.unit, ...indicator } as Indicator,
    estimate,
    validTime: dayIn(p, valid),
    reportedAt: dayIn(p, reported),
    attribution: { originator: p.originator },
    status: { kind: "normal" },
    ...extra,
  };
}

/** A subject none of `subjects` starts with, for the seed of a finding: its claims and the subjects it derives from it touch no other claim. @internal */
export function seedSubject(subjects: readonly string[]): string {
  let subject = "seeded-finding";
  for (let n = 1; subjects.some((s) => s.startsWith(subject)); n++) subject = `seeded-finding-${n}`;
  return subject;
}
