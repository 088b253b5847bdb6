// What each arbitrary of the kit promises: values that pass their schemas,
// within the options asked for, and that the rooms read as clean.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { reconcileCasualties } from "../../src/casualty/index.js";
import { deploymentFindings, deploymentTotal } from "../../src/deployment/index.js";
import { fromInterval, periodBounds, parsePeriod } from "../../src/index.js";
import { balance } from "../../src/ledger/index.js";
import type { CasualtyBreakdown } from "../../src/casualty/index.js";
import {
  AttributionSchema,
  CasualtyBreakdownSchema,
  ClaimSchema,
  DeploymentSchema,
  EstimateSchema,
  LedgerEntrySchema,
  LedgerSchema,
  SourceSchema,
} from "../../src/schemas.js";
import {
  arbAttribution,
  arbBreakdown,
  arbClaim,
  arbEstimate,
  arbFigure,
  arbInterval,
  arbLedger,
  arbLedgerEntries,
  arbSource,
  arbWaves,
} from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

/** The numbers an estimate states. */
const stated = (e: { kind: string } & Record<string, unknown>): number[] =>
  (e.kind === "range" ? [e["low"], e["high"]] : e.kind === "magnitude" ? [] : [e["value"]]) as number[];

/** The first and last day a time allows, as ISO dates. */
function days(edtf: string): [string | null, string | null] {
  const read = parsePeriod(edtf);
  if (!read.ok) throw new Error(read.reason);
  const { earliest, latest } = periodBounds(read.value);
  return [earliest, latest];
}

describe("arbEstimate, arbInterval", () => {
  it("states numbers from min to max only, with a best inside", () => {
    fc.assert(
      fc.property(arbEstimate({ min: 100, max: 200, best: true, orders: ["thousands"] }), (e) => {
        expect(EstimateSchema.safeParse(e).success).toBe(true);
        for (const n of stated(e)) expect(n >= 100 && n <= 200).toBe(true);
        if (e.kind === "magnitude") expect(e.order).toBe("thousands");
      }),
      { numRuns: 500 },
    );
    expect(fc.sample(arbEstimate({ best: true, kinds: ["range"] }), { numRuns: 200, seed: 1 }).some((e) => e.best !== undefined)).toBe(true);
  });

  it("draws intervals fromInterval states", () => {
    fc.assert(
      fc.property(arbInterval(), (i) => {
        expect(EstimateSchema.safeParse(fromInterval(i, "person")).success).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(fc.sample(arbInterval({ bounded: true }), 100).every((i) => Number.isFinite(i.high))).toBe(true);
  });

  it("refuse a range with no number in it", () => {
    expect(thrown(() => arbEstimate({ min: 5, max: 2 }))).toMatchObject({ code: "invalid-option", message: "arbEstimate: options.max must not be below options.min (5), got 2" });
    expect(thrown(() => arbInterval({ min: 0.2, max: 0.7 })).code).toBe("invalid-option");
    expect(thrown(() => arbEstimate({ orders: ["lots" as never] })).code).toBe("invalid-option");
  });
});

describe("arbSource, arbAttribution, arbClaim", () => {
  const nis = { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" } as const;

  it("draw sources of the kinds asked for, and attributions from the sources given", () => {
    fc.assert(fc.property(arbSource({ kinds: ["outlet", "ngo"] }), (s) => SourceSchema.safeParse(s).success && ["outlet", "ngo"].includes(s.kind)));
    fc.assert(fc.property(arbAttribution({ originators: [nis] }), (a) => AttributionSchema.safeParse(a).success && a.originator === nis));
  });

  it("draw one source for one id, with every kind of country field and grade", () => {
    const drawn = [...fc.sample(arbSource(), 3000), ...fc.sample(arbSource({ kinds: ["ministry"] }), 500), ...fc.sample(arbSource({ kinds: ["military", "outlet"] }), 500)];
    const byId = new Map<string, unknown>();
    for (const s of drawn) {
      expect(SourceSchema.safeParse(s).success).toBe(true);
      expect(s).toEqual(byId.get(s.id) ?? s);
      byId.set(s.id, s);
    }
    expect(byId.size).toBeGreaterThan(100);
    expect(new Set(drawn.map((s) => s.name)).size).toBeGreaterThan(30);
    expect([drawn.some((s) => s.country), drawn.some((s) => s.countries), drawn.some((s) => !s.country && !s.countries), drawn.some((s) => s.reliability)]).toEqual([true, true, true, true]);
    // lists of claims drawn one by one make histories, never two sources with one id
    fc.assert(fc.property(fc.uniqueArray(arbClaim(), { selector: (c) => c.id, maxLength: 12 }), (claims) => claims.every((c, i) => claims.slice(0, i).every((d) => d.attribution.originator.id !== c.attribution.originator.id || JSON.stringify(d.attribution.originator) === JSON.stringify(c.attribution.originator)))), { numRuns: 300 });
  });

  it("arbClaim keeps to its measures, originators and window, reported no earlier than the time it describes", () => {
    fc.assert(
      fc.property(arbClaim({ measures: ["killed", "acme:shells"], originators: [nis], aggregations: ["flow"], modalities: ["asserted"], from: "2025-01-01", to: "2025-03-31" }), (c) => {
        expect(ClaimSchema.safeParse(c).success).toBe(true);
        expect(["killed", "acme:shells"]).toContain(c.indicator.measure);
        expect([c.attribution.originator, c.indicator.aggregation, c.modality]).toEqual([nis, "flow", "asserted"]);
        const [start, end] = days(c.validTime);
        const [reported] = days(c.reportedAt);
        expect(start! >= "2025-01-01" && end! <= "2025-03-31" && reported! >= end! && reported! <= "2025-03-31").toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("refuse originators that are not sources, and windows out of order", () => {
    expect(thrown(() => arbClaim({ originators: [{ id: "x" } as never] }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("arbClaim: options.originators[0].kind must be one of") });
    expect(thrown(() => arbClaim({ originators: [nis, { ...nis, name: "other" }] })).message).toContain("repeats the id");
    expect(thrown(() => arbClaim({ from: "2025-05-01", to: "2025-04-30" })).message).toContain("arbClaim: options.to must be at least 1 day from options.from");
    expect(thrown(() => arbClaim({ from: "1 May 2025" })).message).toContain("arbClaim: options.from must be an ISO calendar date");
  });
});

describe("arbBreakdown", () => {
  it("draws breakdowns that pass their schema, and whose figures reconcile without error", () => {
    fc.assert(
      fc.property(arbBreakdown(), (b) => {
        expect(CasualtyBreakdownSchema.safeParse(b).success).toBe(true);
        expect(reconcileCasualties(b).findings.filter((f) => f.severity === "error" || f.code === "parts-fall-short")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("draws any figures in one unit when not consistent, and no states when asked", () => {
    fc.assert(fc.property(arbBreakdown({ consistent: false, unit: "soldier", states: false }), (b) => CasualtyBreakdownSchema.safeParse(b).success && typeof b.killed !== "string" && b.killed.unit === "soldier"));
  });

  it("states no number above max, the total's included, consistent or not", () => {
    const numbers = (b: CasualtyBreakdown): number[] =>
      (["killed", "wounded", "missing", "captured", "total"] as const).flatMap((k) => {
        const f = b[k];
        if (typeof f === "string") return [];
        return f.kind === "range" ? [f.low, f.high] : "value" in f ? [f.value] : [];
      });
    for (const consistent of [true, false]) {
      fc.assert(
        fc.property(arbBreakdown({ max: 100, consistent }), (b) => {
          expect(Math.max(0, ...numbers(b))).toBeLessThanOrEqual(100);
          if (consistent) expect(reconcileCasualties(b).findings.filter((f) => f.severity === "error")).toEqual([]);
        }),
        { numRuns: 1000 },
      );
    }
  });
});

describe("arbWaves", () => {
  it("draws waves whose links agree with their dates", () => {
    fc.assert(
      fc.property(arbWaves({ countries: ["KP", "RU"], from: "2024-01-01", to: "2025-12-31" }), (waves) => {
        for (const w of waves) expect(DeploymentSchema.safeParse(w).success).toBe(true);
        expect(deploymentFindings(waves)).toEqual([]);
        expect(deploymentTotal(waves, { modality: ["asserted", "planned"] }).estimate.unit).toBe("person");
      }),
      { numRuns: 300 },
    );
  });

  it("adds, replaces and plans now and then", () => {
    const lists = fc.sample(arbWaves(), { numRuns: 300, seed: 2 }).flat();
    expect(lists.some((w) => w.adds !== undefined) && lists.some((w) => w.replaces !== undefined) && lists.some((w) => w.modality === "planned")).toBe(true);
    expect(fc.sample(arbWaves({ planned: false }), 100).flat().every((w) => w.modality === undefined)).toBe(true);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => arbWaves({ countries: [, "RU"] as never }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("arbWaves: options.countries must be two assigned ISO 3166-1 alpha-2 codes") });
    // "XX" has the shape of a code but no country has it
    expect(thrown(() => arbWaves({ countries: ["XX", "RU"] }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining('got ["XX","RU"]') });
    expect(thrown(() => arbWaves({ countries: ["KP", "KP"] }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("arbWaves: options.countries must be two different countries") });
  });
});

describe("arbLedgerEntries, arbLedger", () => {
  it("draw entries in money and SIPRI TIV, none-observed among them", () => {
    const entries = fc.sample(arbLedgerEntries({ prefix: "a" }), { numRuns: 200, seed: 3 }).flat();
    expect(entries.every((e) => LedgerEntrySchema.safeParse(e).success && e.id.startsWith("a"))).toBe(true);
    expect(entries.some((e) => e.evidence === "none-observed")).toBe(true);
    expect(entries.some((e) => e.value?.basis === "index" && e.value.estimate.unit === "SIPRI-TIV-million")).toBe(true);
    expect(entries.some((e) => e.value?.estimate.unit === "unknown")).toBe(true);
  });

  it("draws ledgers the ledger room balances", () => {
    fc.assert(
      fc.property(arbLedger({ parties: [{ code: "RU", name: "Russia" }, { code: "KP", name: "North Korea" }] }), (l) => {
        expect(LedgerSchema.safeParse(l).success).toBe(true);
        expect(balance(l).directions.map((d) => d.from).sort()).toEqual(["KP", "RU"]);
      }),
      { numRuns: 200 },
    );
  });

  it("state no quantity or value above max", () => {
    const ledgers = fc.sample(arbLedger({ max: 50, integers: false }), { numRuns: 300, seed: 9 });
    const values = ledgers.flatMap((l) => [...l.entries.flatMap((e) => [e.quantity, e.value?.estimate]), ...l.valuations.map((v) => v.value.estimate)]);
    const numbers = values.flatMap((e) => (e === undefined ? [] : stated(e)));
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.every((n) => n >= 0 && n <= 50)).toBe(true);
    expect(thrown(() => arbLedger({ max: -1 }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("arbLedger: options.max must be a finite number of at least 0") });
  });

  it("draw every entry and valuation by one of the originators given, in a ledger with no entries too", () => {
    const by = [
      { id: "kr-nis", kind: "intelligence-agency" as const, name: "National Intelligence Service" },
      { id: "ua-gur", kind: "intelligence-agency" as const, name: "Defence Intelligence of Ukraine" },
    ];
    const ledgers = fc.sample(arbLedger({ originators: by, maxLength: 2 }), { numRuns: 300, seed: 5 });
    const items = ledgers.flatMap((l) => [...l.entries, ...l.valuations]);
    expect(ledgers.some((l) => l.entries.length === 0 && l.valuations.length > 0)).toBe(true);
    expect(new Set(items.map((x) => x.attribution.originator.id))).toEqual(new Set(["kr-nis", "ua-gur"]));
  });
});

describe("figures past what fast-check draws as integers", () => {
  it("draws whole numbers up to 2^53 - 1 and doubles past it, inside min and max", () => {
    const big = fc.sample(arbFigure({ min: 1e15, max: 2e15 }), 300);
    expect(big.every((x) => Number.isInteger(x) && x >= 1e15 && x <= 2e15)).toBe(true);
    const huge = fc.sample(arbFigure({ max: 1e300 }), 300);
    expect(huge.every((x) => Number.isInteger(x) && x >= 0 && x <= 1e300)).toBe(true);
    expect(huge.some((x) => x > Number.MAX_SAFE_INTEGER)).toBe(true);
    const decimals = fc.sample(arbFigure({ min: 0.5, max: 1e20, integers: false }), 300);
    expect(decimals.every((x) => x >= 0.5 && x <= 1e20 && (x > 2 ** 53 / 100 || Number(x.toFixed(2)) === x))).toBe(true);
    expect(fc.sample(arbEstimate({ min: 1e15, max: 1e300 }), 200).every((e) => EstimateSchema.safeParse(e).success)).toBe(true);
  });

  it("says integers: false draws decimals when a span holds no whole number and integers was left out", () => {
    expect(() => arbFigure({ min: 0.1, max: 0.2 })).toThrow("options.max leaves no whole number from options.min (0.1) (integers: false draws numbers with two decimals), got 0.2");
    expect(() => arbFigure({ min: 0.1, max: 0.2, integers: true })).toThrow("options.max leaves no whole number from options.min (0.1), got 0.2");
  });
});
