// The seeds of the lint rules that read claims alone: a few claims on a
// subject of their own that give a dataset one finding of each rule. Not
// exported from the package.

import type { DatasetRuleCode } from "../dataset/codes.js";
import type { Dataset } from "../dataset/schema.js";
import { isoOf } from "./days.js";
import { about, person, seedClaim } from "./seed.js";
import type { Maker, SeedPlace } from "./seed.js";

/** A restatement of `${subject}.${id}` by the outlet. */
const restating = (p: SeedPlace, id: string) => ({ restates: `${p.subject}.${id}`, attribution: { originator: p.outlet } });

/** The seed of each rule that reads claims alone, in the order of the rules. @internal */
export const CLAIM_SEEDS = {
  "invalid-interval": (p, v, pick) => {
    if (pick % 2 === 1) return { claims: [seedClaim(p, "1", {}, about(v), 1, `${isoOf(p.window[0] + 2)}/..`)] };
    // a count below zero is no claim datasetFromClaims takes, but a dataset file may hold one
    const below = person(-1 - (v % 1000));
    const id = `${p.subject}.1`;
    const edit = (d: Dataset): Dataset => ({ ...d, claims: d.claims.map((c) => (c.id === id ? { ...c, estimate: below } : c)) });
    return { claims: [seedClaim(p, "1", {}, person(1 + (v % 1000)), 1, 2)], edit };
  },
  "unit-mismatch": (p, v) => ({ claims: [seedClaim(p, "1", {}, person(v), 1, 1), seedClaim(p, "2", {}, person(v + 1, { unit: "persons" }), 5, 5)] }),
  "cumulative-decrease": (p, v) => ({ claims: [seedClaim(p, "1", {}, person(v + 10), 1, 1), seedClaim(p, "2", {}, person(Math.ceil((v + 10) / 2)), 10, 10)] }),
  "slipped-digit": (p, v) => {
    const a = 10 + (v % 1000);
    const present = { measure: "present" } as const;
    return {
      claims: [
        seedClaim(p, "1", present, person(a), 1, 1),
        seedClaim(p, "2", present, person(10 * a), 10, 10),
        seedClaim(p, "3", present, person(a + Math.floor(a / 10)), 20, 20),
      ],
    };
  },
  "reported-before-valid": (p, v) => ({ claims: [seedClaim(p, "1", {}, about(v), 30, 10)] }),
  "simultaneous-conflict": (p, v) => ({ claims: [seedClaim(p, "1", {}, person(v), 1, 2), seedClaim(p, "2", {}, person(v + 10 + (v >> 1)), 1, 2)] }),
  "hedge-drift": (p, v) => ({
    claims: [
      seedClaim(p, "1", {}, about(v), 1, 1),
      seedClaim(p, "2", {}, { kind: "atLeast", value: v, strict: true, unit: "person" }, 1, 3, restating(p, "1")),
    ],
  }),
  "measure-drift": (p, v) => ({
    claims: [seedClaim(p, "1", { measure: "casualties" }, about(v), 1, 1), seedClaim(p, "2", {}, about(v), 1, 3, restating(p, "1"))],
  }),
  "modality-drift": (p, v) => ({
    claims: [seedClaim(p, "1", {}, about(v), 1, 1), seedClaim(p, "2", {}, about(v), 1, 3, { ...restating(p, "1"), modality: "projected" })],
  }),
  "stale-restatement": (p, v) => ({
    claims: [
      seedClaim(p, "1", {}, about(v), 1, 1),
      seedClaim(p, "2", {}, about(v + 1 + (v >> 2)), 10, 10),
      seedClaim(p, "3", {}, about(v), 1, 15, restating(p, "1")),
    ],
  }),
  "possible-restatement": (p, v, pick) => ({ claims: [seedClaim(p, "1", {}, about(v), 1, 2), seedClaim(p, "2", {}, about(v), 1, 3 + (pick % 14))] }),
  "reported-after-dataset": (p, v, pick) => ({
    claims:
      pick % 2 === 0
        ? [seedClaim(p, "1", {}, about(v), 1, p.window[1] - p.window[0] + 1)]
        : [seedClaim(p, "1", {}, about(v), 1, 2, { recordedAt: isoOf(p.window[1] + 1) })],
  }),
  "unknown-as-zero": (p, _v, pick) => {
    const words = ["not reported", "unknown", "n/a", "—"][pick % 4] as string;
    return { claims: [pick % 2 === 0 ? seedClaim(p, "1", {}, person(0, { text: words }), 1, 1) : seedClaim(p, "1", {}, person(0), 1, 1, { text: words })] };
  },
} satisfies Partial<Record<DatasetRuleCode, Maker>>;

/** The seeds of the rules that read names and links across claims, which run last. @internal */
export const NAME_SEEDS = {
  "look-alike-names": (p, v, pick) => {
    // the same subject written in capitals, or with a zero-width space after it
    const subject = pick % 2 === 0 ? p.subject.toUpperCase() : `${p.subject}\u200B`;
    return { claims: [seedClaim(p, "1", {}, about(v), 1, 2), seedClaim(p, "2", { subject }, about(v), 1, 2)] };
  },
  "replacement-not-in-history": (p, v, pick) => {
    // superseded by a claim of another measure: a slip of the id of its replacement
    const measure = pick % 2 === 0 ? "wounded" : "missing";
    const old = seedClaim(p, "1", {}, about(v), 1, 2, { status: { kind: "deprecated", reason: "corrected", supersededBy: `${p.subject}.2` } });
    return { claims: [old, seedClaim(p, "2", { measure }, about(v + 1 + (v >> 2)), 1, 10)] };
  },
} satisfies Partial<Record<DatasetRuleCode, Maker>>;
