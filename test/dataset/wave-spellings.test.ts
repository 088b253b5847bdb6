// Waves of one route and category in two spellings of one unit ("person" and "persons", or a
// unit with an invisible character) are the error unit-mismatch, as claims are: no total holds both.
import { describe, expect, it } from "vitest";

import { checkDataset, datasetFromClaims } from "../../src/dataset/index.js";
import type { Dataset } from "../../src/dataset/index.js";
import { nisBriefing2025Claims } from "../../src/fixtures/index.js";

const META = { title: "t", licence: "MIT", maintainer: "m", date: "2025-05-01" };
const base = datasetFromClaims(nisBriefing2025Claims, META);
const wave = (id: string, unit: string, period: string) => ({
  id,
  from: "KP",
  to: "RU",
  category: "troops",
  size: { kind: "exact", value: 1000, unit },
  period,
  reportedAt: "2025-04-30",
  attribution: { originator: "kr-nis" },
});
const withWaves = (...waves: ReturnType<typeof wave>[]): Dataset => ({ ...base, deployments: waves } as never);
const mismatches = (d: Dataset) => checkDataset(d).filter((f) => f.code === "unit-mismatch").map((f) => [f.path.join("."), f.message]);

describe("waves of one route and category", () => {
  it.each([
    ["persons", '"persons", a in "person"'],
    ["per\u200bson", '"per\\u200bson", a in "person" (the same text but for invisible characters)'],
  ])("in %j and in person are an error at the second", (unit, said) => {
    expect(mismatches(withWaves(wave("a", "person", "2024-10"), wave("b", unit, "2024-11")))).toEqual([
      ["deployments.1.size.unit", `b sends troops from KP to RU in ${said}: one unit spelled two ways keeps the waves out of one total`],
    ]);
  });

  it("in one unit, or of two categories, are no finding", () => {
    expect(mismatches(withWaves(wave("a", "person", "2024-10"), wave("b", "person", "2024-11")))).toEqual([]);
    expect(mismatches(withWaves(wave("a", "person", "2024-10"), { ...wave("b", "persons", "2024-11"), category: "laborers" }))).toEqual([]);
  });
});
