// Whole datasets of the kit: valid, with nothing for checkDataset to find, or exactly the finding asked for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkDataset, DATASET_RULES } from "../../src/dataset/index.js";
import type { Dataset } from "../../src/dataset/index.js";
import type { Estimate } from "../../src/index.js";
import { DatasetSchema } from "../../src/schemas.js";
import { arbDataset, SEEDED_FINDINGS } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

/** The item of a dataset a finding's path points into: its section, its index, and below a ledger, the entry or valuation. */
function itemAt(d: Dataset, path: readonly (string | number)[]): { readonly id: string } | undefined {
  const [section, i, list, k] = path;
  const item = (d[section as keyof Dataset] as readonly { id: string }[] | undefined)?.[i as number];
  if (section !== "ledgers" || item === undefined) return item;
  return (item as unknown as Record<string, readonly { id: string }[]>)[list as string]?.[k as number];
}

describe("arbDataset", () => {
  it("draws datasets that pass the schema and checkDataset", () => {
    fc.assert(
      fc.property(arbDataset(), (d) => {
        const parsed = DatasetSchema.safeParse(d);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(checkDataset(d)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("seeds every rule of checkDataset, in the order the rules run", () => {
    expect(SEEDED_FINDINGS).toEqual(DATASET_RULES.map((r) => r.code));
  });

  it.each(SEEDED_FINDINGS)("seeds exactly one %s finding, on what it added, in a dataset that passes the schema", (code) => {
    fc.assert(
      fc.property(arbDataset({ withFinding: code }), (d) => {
        const parsed = DatasetSchema.safeParse(d);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        const found = checkDataset(d);
        expect(found.map((f) => f.code)).toEqual([code]);
        // the finding is about the seed: a claim, breakdown, wave or ledger whose id starts with its subject
        const [finding] = found;
        const item = itemAt(d, finding?.path ?? []);
        const ledger = finding?.path[0] === "ledgers" ? d.ledgers[finding.path[1] as number]?.id : undefined;
        expect(ledger ?? item?.id).toMatch(/^seeded-finding[.-]/);
        expect(item).toBeDefined();
      }),
      { numRuns: 80 },
    );
  });

  it("seeds each rule in every place it reads, drawing the variants at random", () => {
    const places = (code: (typeof SEEDED_FINDINGS)[number]) =>
      new Set(fc.sample(arbDataset({ withFinding: code, maxSeries: 1 }), { numRuns: 60, seed: 2 }).map((d) => checkDataset(d)[0]?.path.filter((k) => typeof k === "string").join(".")));
    expect(places("increment-before-wave")).toEqual(new Set(["claims.validTime", "deployments.period"]));
    expect(places("plan-counted-as-deployment")).toEqual(new Set(["deployments.claim", "deployments.adds", "deployments.modality"]));
    expect(places("ledger-party-mismatch")).toEqual(new Set(["ledgers.entries.from", "ledgers.entries.to", "ledgers.valuations.from", "ledgers.valuations.to"]));
    expect(places("tiv-summed-with-money")).toEqual(new Set(["claims.indicator.unit", "ledgers.entries.value.reference", "ledgers.entries.value.estimate.text", "ledgers.valuations.value.estimate"]));
    expect(places("parts-exceed-total")).toEqual(new Set(["casualtyBreakdowns.killed", "casualtyBreakdowns.total"]));
    expect(places("mixed-breakdown")).toEqual(new Set(["casualtyBreakdowns.claims.total"]));
    expect(places("rests-on-deprecated-claim")).toEqual(new Set(["deployments.claim", "casualtyBreakdowns.claims.killed", "ledgers.entries.claims", "ledgers.valuations.claims"]));
    expect(places("claim-figure-mismatch")).toEqual(new Set(["deployments.size", "ledgers.entries.quantity", "ledgers.entries.value.estimate", "ledgers.valuations.value.estimate"]));
  });

  it("draws waves and ledger entries that state the figures of the claims they rest on, claims that stand", () => {
    let resting = 0;
    for (const d of fc.sample(arbDataset({ units: ["person", "shell", "USD"], maxWaves: 6, maxLedgers: 2 }), { numRuns: 150, seed: 5 })) {
      const byId = new Map(d.claims.map((c) => [c.id, c]));
      const figures = [
        ...d.deployments.map((w) => ({ figure: w.size, on: w.claim === undefined ? [] : [w.claim] })),
        ...d.ledgers.flatMap((l) => l.entries.flatMap((e) => [e.quantity, e.value?.estimate].map((figure) => ({ figure, on: e.claims ?? [] })))),
      ];
      for (const { figure, on } of figures) {
        const claims = on.map((id) => byId.get(id));
        expect(claims.every((c) => c !== undefined && c.status.kind !== "deprecated")).toBe(true);
        const first = claims.find((c) => c?.estimate.unit === figure?.unit);
        if (figure === undefined || first === undefined) continue;
        expect(figure).toEqual(first.estimate);
        resting += 1;
      }
    }
    expect(resting).toBeGreaterThan(50);
  });

  it.each([["persons"], ["Person"], ["person", "persons"], ["PERSON", "shell", "Shells"]])("draws clean datasets in units spelt as %j, which the check reads as one unit", (...units) => {
    for (const d of fc.sample(arbDataset({ units }), { numRuns: 80, seed: 1 })) expect(checkDataset(d)).toEqual([]);
    const seeded = fc.sample(arbDataset({ withFinding: "hedge-drift", units }), { numRuns: 20, seed: 2 });
    for (const d of seeded) expect(checkDataset(d).map((f) => f.code)).toEqual(["hedge-drift"]);
  });

  it("seeds a possible duplicate as a wave of another originator over the days of a wave, which no drawn wave repeats", () => {
    for (const d of fc.sample(arbDataset({ withFinding: "possible-duplicate-wave", maxWaves: 6 }), { numRuns: 60, seed: 3 })) {
      const [finding] = checkDataset(d);
      const seeded = d.deployments.filter((w) => w.id.startsWith("seeded-finding"));
      expect(seeded.map((w) => w.category)).toEqual(["laborers", "laborers"]);
      expect(seeded[0]?.attribution.originator).not.toBe(seeded[1]?.attribution.originator);
      expect(finding?.path).toEqual(["deployments", d.deployments.indexOf(seeded[1] as (typeof seeded)[number])]);
      expect(finding?.message).toMatch(/^seeded-finding[-\d]*\.w2 may report seeded-finding[-\d]*\.w1 again: both send laborers from /);
    }
  });

  it("seeds with the sources, parties, subjects and window it is given", () => {
    const sources = [{ id: "only", kind: "other" as const, name: "Only source" }];
    const parties = [
      { code: "RU", name: "Russia" },
      { code: "UA", name: "Ukraine" },
    ];
    const options = { sources, parties, subjects: ["seeded-finding", "seeded-finding-1x"], from: "2024-01-01", to: "2024-03-31" };
    fc.assert(
      fc.property(fc.constantFrom(...SEEDED_FINDINGS).chain((code) => arbDataset({ ...options, withFinding: code }).map((d) => [code, d] as const)), ([code, d]) => {
        expect(DatasetSchema.safeParse(d).success).toBe(true);
        expect(checkDataset(d).map((f) => f.code)).toEqual([code]);
        // a dataset lists the sources its items name: the one given, or none when nothing names a source;
        // a possible duplicate needs a second originator, which the seed brings when the dataset has one source
        const own = code === "possible-duplicate-wave" ? ["only", "seeded-finding-2-outlet"] : ["only"];
        expect(d.sources.every((s) => own.includes(s.id))).toBe(true);
        expect(d.parties.map((p) => p.code)).toEqual(["RU", "UA"]);
        expect(d.claims.every((c) => c.reportedAt <= "2024-04-01" || c.reportedAt.endsWith("/.."))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every figure it draws in the range it is given", () => {
    const numbers = (e: Estimate | string | undefined): number[] =>
      e === undefined || typeof e === "string" ? [] : e.kind === "range" ? [e.low, e.high] : e.kind === "magnitude" ? [] : [e.value, ...(e.best === undefined ? [] : [e.best])];
    fc.assert(
      fc.property(arbDataset({ min: 10, max: 500, maxBreakdowns: 3, maxWaves: 4, maxLedgers: 2 }), (d) => {
        expect(checkDataset(d)).toEqual([]);
        const series = d.claims.filter((c) => !/^b\d+\./.test(c.id)).flatMap((c) => numbers(c.estimate));
        const others = [
          ...d.casualtyBreakdowns.flatMap((b) => [b.killed, b.wounded, b.missing, b.captured, b.total].flatMap(numbers)),
          ...d.deployments.flatMap((w) => numbers(w.size)),
          ...d.ledgers.flatMap((l) => [...l.entries, ...l.valuations].flatMap((x) => [...numbers("quantity" in x ? x.quantity : undefined), ...numbers(x.value?.estimate)])),
        ];
        expect(series.every((n) => n >= 10 && n <= 500)).toBe(true);
        expect(others.every((n) => n >= 0 && n <= 500)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(thrown(() => arbDataset({ min: 10, max: 5 }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("arbDataset: options.max must be a finite number of at least 10") });
    expect(thrown(() => arbDataset({ min: -1 }))).toMatchObject({ code: "invalid-option" });
  });

  it("refuses a code that is no rule's, naming it, and a window too short to seed in", () => {
    expect(thrown(() => arbDataset({ withFinding: "mixed-originators" as never }))).toMatchObject({
      code: "invalid-option",
      message: expect.stringMatching(/^arbDataset: options\.withFinding is not the code of a lint rule of checkDataset \(invalid-interval, .*, replacement-not-in-history\), got "mixed-originators"$/),
    });
    expect(thrown(() => arbDataset({ withFinding: "toString" as never }))).toMatchObject({ code: "invalid-option" });
    expect(thrown(() => arbDataset({ withFinding: "ledger-party-mismatch", from: "2025-01-01", to: "2025-02-01" }))).toMatchObject({
      code: "invalid-option",
      message: expect.stringMatching(/^arbDataset: options\.to must be at least 60 days from options\.from/),
    });
  });
});
