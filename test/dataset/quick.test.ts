// Reading a dataset without zod where that is certain: the reading must be
// zod's own, value for value and field for field, and every problem zod's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkDataset, parseDataset, safeParseDataset } from "../../src/dataset/index.js";
import { quickClaim } from "../../src/dataset/quick.js";
import { DatasetClaimSchema, DatasetSchema } from "../../src/dataset/schema.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { arbDataset, SEEDED_FINDINGS } from "../../src/testing/index.js";
import { deepFreeze } from "../helpers.js";
import { claimOf, datasetOf } from "./build.js";

/** A value written out with its fields in their order and undefined fields kept, so that two readings compare exactly. */
const exactly = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? "<undefined>" : v));

/** A claim that uses every field the quick reader reads. */
const FULL = {
  id: "a",
  indicator: { subject: " xx-forces ", measure: "killed", unit: "person ", scope: " Kursk", aggregation: "stock" },
  estimate: { kind: "range", low: 500, high: 700, approx: true, hedge: "about", unit: " person", text: "about 500 to 700" },
  validTime: "2025-01-31",
  reportedAt: "2025-02-01T10:00:00Z",
  recordedAt: "2025-02",
  attribution: {
    originator: "xx-spy",
    relay: [
      { kind: "channel", channel: "briefing", name: " a briefing ", closed: true, date: "2025-02-01" },
      { kind: "intermediary", source: "xx-lawmaker", date: "2025-02-01" },
    ],
    publications: [{ outlet: " Example News ", url: " https://news.example.org/a ", title: " A title", date: "2025-02-01" }],
    credibility: 2,
    likelihood: "likely",
    confidence: "moderate",
    text: "according to A. Lawmaker",
  },
  status: { kind: "deprecated", reason: " corrected ", supersededBy: "b" },
  modality: "asserted",
  restates: "c",
  text: "About 500 to 700 killed.",
};

/** Values a field may be set to: right, wrong, empty, padded, of another type. */
const VALUES: readonly unknown[] = [
  undefined,
  null,
  "",
  " ",
  " x ",
  "x y",
  "killed",
  "person",
  "exact",
  "approx",
  "range",
  "atLeast",
  "atMost",
  "magnitude",
  "thousands",
  "channel",
  "intermediary",
  "briefing",
  "normal",
  "preferred",
  "deprecated",
  "planned",
  "flow",
  "likely",
  "high",
  "a",
  "b",
  "2025",
  "2025-13",
  "2025-02-29",
  "2024-02-29",
  "2025-01/2025-03",
  "2025-03/2025-01",
  "..",
  "https://x.org",
  "ftp://x.org",
  "oryx:tanks",
  0,
  -0,
  -1,
  1,
  2.5,
  7,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  [{}],
  {},
  { kind: "normal" },
  { kind: "normal", x: 1 },
  ["killed"],
  ["killed", "killed"],
];

/** Every path to a field of `value`, and a field it does not have, at each object. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  const added = Array.isArray(value)
    ? []
    : [
        [...at, "extra"],
        [...at, "__proto__"],
      ];
  return [...added, ...keys.flatMap((k) => [[...at, k], ...pathsOf((value as Record<string | number, unknown>)[k], [...at, k])])];
}

/** `value` with the field at `path` set to `to` (a copy; JSON.parse's own "__proto__" key as JSON makes it). */
function setAt(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1] as string | number, { value: to, enumerable: true, writable: true, configurable: true });
  return copy;
}

describe("quickClaim", () => {
  it("reads a claim with every field to the very value zod returns", () => {
    const zod = DatasetClaimSchema.parse(FULL);
    expect(exactly(quickClaim(FULL))).toBe(exactly(zod));
  });

  it("reads nothing that zod refuses, and what it reads as zod does, whatever one field holds", () => {
    const claims = [FULL, claimOf("a", 1, "2025-01-31"), claimOf("a", 1, "2025-01-31", { estimate: { kind: "atLeast", value: 3, unit: "person" } })];
    const paths = claims.flatMap((c) => pathsOf(c).map((p) => [c, p] as const));
    let read = 0;
    for (const [claim, path] of paths)
      for (const to of VALUES) {
        const value = setAt(claim, path, to);
        const quick = quickClaim(value);
        if (quick === undefined) continue;
        read++;
        const zod = DatasetClaimSchema.safeParse(value);
        expect([zod.success, exactly(quick)], `${path.join(".")} = ${String(to)}`).toEqual([true, exactly(zod.data)]);
      }
    expect(read).toBeGreaterThan(0);
  });
});

describe("safeParseDataset", () => {
  it("returns what DatasetSchema returns for generated datasets, their JSON and their problems", () => {
    fc.assert(
      fc.property(arbDataset(), fc.constantFrom(...VALUES), fc.nat(), (dataset, to, pick) => {
        const json = JSON.parse(JSON.stringify(dataset)) as unknown;
        const paths = pathsOf(json);
        const broken = paths.length === 0 ? json : setAt(json, paths[pick % paths.length] as (string | number)[], to);
        for (const value of [dataset, json, broken]) {
          const [ours, zod] = [safeParseDataset(deepFreeze(value)), DatasetSchema.safeParse(value)];
          expect(ours.success).toBe(zod.success);
          if (zod.success) expect(exactly(ours.data)).toBe(exactly(zod.data));
          else expect(ours.error?.issues).toEqual(zod.error.issues);
        }
      }),
      { numRuns: 100 }
    );
  });

  it("reads the seed dataset, and a document whose claims zod alone reads, as zod does", () => {
    const json = JSON.parse(JSON.stringify(nisBriefing2025Dataset)) as unknown;
    expect(exactly(parseDataset(json))).toBe(exactly(DatasetSchema.parse(json)));
    const best = claimOf("b", 600, "2025-01-31", { estimate: { kind: "approx", value: 600, best: 600, unit: "person" } });
    const document = datasetOf([claimOf("a", 1, "2025-01-31"), best]);
    expect(exactly(parseDataset(document))).toBe(exactly(DatasetSchema.parse(document)));
  });
});

describe("checkDataset", () => {
  it("finds in a document, its text padded or not, what it finds in the dataset parsed from it", () => {
    const pad = (json: unknown): unknown =>
      JSON.parse(JSON.stringify(json, (key, v: unknown) => (["subject", "unit", "outlet", "name"].includes(key) && typeof v === "string" ? ` ${v} ` : v)));
    const datasets = fc.oneof(arbDataset(), ...SEEDED_FINDINGS.map((code) => arbDataset({ withFinding: code })));
    fc.assert(
      fc.property(datasets, (dataset) => {
        const json = JSON.parse(JSON.stringify(dataset)) as unknown;
        const found = checkDataset(parseDataset(json));
        expect(checkDataset(deepFreeze(json) as never)).toEqual(found);
        expect(checkDataset(deepFreeze(pad(json)) as never)).toEqual(found);
      }),
      { numRuns: 60 }
    );
  });
});

describe("a claim of a measure of people in a unit of money", () => {
  it("is refused as claim() and ClaimSchema refuse it, not vouched for by the quick reader", () => {
    const given = claimOf("usd", 5_000_000, "2025-04-30");
    const usd = { ...given, indicator: { ...(given.indicator as object), unit: "USD" }, estimate: { kind: "exact", value: 5_000_000, unit: "USD" } };
    expect(quickClaim(usd)).toBeUndefined();
    const read = safeParseDataset(datasetOf([usd]));
    expect(read.success).toBe(false);
    expect(read.error?.issues[0]?.path).toEqual(["claims", 0, "indicator", "unit"]);
    expect(read.error?.issues[0]?.message).toBe("unit USD is money, but the measure killed counts people");
  });
});
