// Valid arguments for the arbitraries, matchers and builders of fogcount/testing.
import fc from "fast-check";

import { DATASET_RULES } from "../../src/dataset/index.js";
import { arbDataset, arbEstimate, SEEDED_FINDINGS } from "../../src/testing/index.js";

const tuple = (...arbs: fc.Arbitrary<unknown>[]) => fc.tuple(...arbs) as fc.Arbitrary<unknown[]>;
const window = fc.record({ from: fc.constantFrom("2024-01-01", "2025-03-01"), to: fc.constantFrom("2025-12-31", "2026-06-30") }, { requiredKeys: [] });
const small = { maxSeries: 2, maxLength: 3, maxBreakdowns: 1, maxWaves: 2, maxLedgers: 1 };
const dataset = fc.oneof(arbDataset(small), fc.constantFrom(...SEEDED_FINDINGS).chain((withFinding) => arbDataset({ ...small, withFinding })));
const nis = { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" };

export const TESTING_SIGNATURES: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  arbInterval: tuple(fc.record({ min: fc.nat(10), max: fc.integer({ min: 10, max: 1e6 }), integers: fc.boolean(), bounded: fc.boolean() }, { requiredKeys: [] })),
  arbClaim: tuple(fc.record({ measures: fc.constant(["killed"]), originators: fc.constant([nis]), from: fc.constant("2025-01-01"), to: fc.constant("2025-06-30") }, { requiredKeys: [] })),
  arbSeries: tuple(fc.record({ minLength: fc.integer({ min: 1, max: 5 }), restatements: fc.boolean(), originators: fc.constant([nis]) }, { requiredKeys: [] }).chain((o) => window.map((w) => ({ ...o, ...w })))),
  arbRevisionHistory: tuple(fc.record({ maxLength: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] })),
  arbBreakdown: tuple(fc.record({ consistent: fc.boolean(), states: fc.boolean(), max: fc.nat(1e6), includes: fc.constant(["killed", "wounded"]) }, { requiredKeys: [] })),
  arbWaves: tuple(fc.record({ planned: fc.boolean(), maxLength: fc.integer({ min: 1, max: 8 }), countries: fc.constant(["KP", "RU"]) }, { requiredKeys: [] }).chain((o) => window.map((w) => ({ ...o, ...w })))),
  arbLedger: tuple(fc.record({ prefix: fc.constantFrom("a", "b"), maxLength: fc.nat(8), integers: fc.boolean() }, { requiredKeys: [] })),
  arbLedgerEntries: tuple(fc.record({ evidence: fc.constant(["none-observed"]), currencies: fc.constant(["USD"]) }, { requiredKeys: [] })),
  arbDataset: tuple(fc.record({ withFinding: fc.constantFrom(...SEEDED_FINDINGS), maxSeries: fc.nat(6), maxWaves: fc.nat(6) }, { requiredKeys: [] }).chain((o) => window.map((w) => ({ ...o, ...w })))),
  "fogcountMatchers.toBeValidEstimate": tuple(arbEstimate()),
  "fogcountMatchers.toContainValue": tuple(arbEstimate(), fc.nat()),
  "fogcountMatchers.toPassDatasetCheck": tuple(dataset, fc.record({ rules: fc.dictionary(fc.constantFrom(...DATASET_RULES.map((r) => r.code)), fc.constantFrom("error", "warning", "off")) }, { requiredKeys: [] })),
  "fogcountMatchers.toHaveFinding": tuple(dataset, fc.constantFrom(...SEEDED_FINDINGS), fc.record({ severity: fc.constantFrom("error", "warning"), path: fc.constant(["claims", 0, "estimate"]) }, { requiredKeys: [] })),
  aClaim: tuple(fc.constantFrom("nis-2025-04", undefined, "a b")),
  aWave: tuple(fc.constantFrom("w1", undefined)),
  aLedgerEntry: tuple(fc.constantFrom("e1", undefined)),
  aDataset: tuple(fc.constantFrom("NIS briefings", undefined, " ")),
};
