// Properties of every chart, over figures fast-check makes: the SVG is
// well-formed, holds no NaN or Infinity, draws every interval within its
// axis, and is the same string for the same input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { CasualtyBreakdown } from "../../src/casualty/index.js";
import { CASUALTY_STATES } from "../../src/casualty/index.js";
import type { Claim } from "../../src/claim/schema.js";
import { CASUALTY_PARTS } from "../../src/claim/measures.js";
import { isFogcountError } from "../../src/errors.js";
import { ledger } from "../../src/ledger/index.js";
import type { LedgerEntry } from "../../src/ledger/index.js";
import type { Source } from "../../src/provenance/schema.js";
import { casualtyChart, deploymentChart, ledgerChart, revisionChart } from "../../src/render/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { arbEstimate } from "../../src/testing/index.js";
import { deepFreeze } from "../helpers.js";
import { arbWaves } from "../deployment/arbitraries.js";
import { casualtiesApril, entry, gur, outlet, PARTIES } from "./data.js";
import { byClass, geometry, parseXml } from "./xml.js";
import type { Element } from "./xml.js";

const DAY = 86_400_000;
const iso = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * DAY).toISOString().slice(0, 10);
const SOURCES: readonly Source[] = [casualtiesApril.attribution.originator, gur, outlet, { id: "x", kind: "outlet", name: '<script>"&\u0001' }];

/** The chart parsed, checked well-formed and free of NaN and Infinity in every number it draws. */
function checked(svg: string): Element {
  const root = parseXml(svg);
  for (const g of geometry(root)) expect(g.value, g.name).not.toMatch(/NaN|Infinity|undefined/);
  const [, , w, h] = (root.attributes["viewBox"] ?? "").split(" ").map(Number) as [number, number, number, number];
  // the legend's swatches are drawn around their own origin, in groups moved into place
  const outside = (e: Element): Element[] => (e.attributes["class"] === "legend" ? [] : [e, ...e.children.flatMap(outside)]);
  for (const e of outside(root)) {
    if (e.name !== "path" || e.attributes["d"] === undefined) continue;
    const numbers = [...(e.attributes["d"] as string).matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
    // arcs carry radii and flags; every other number is a coordinate on the page
    if (!(e.attributes["d"] as string).includes("A")) for (const n of numbers) expect(n >= -1 && n <= Math.max(w, h) + 1, `${n} in ${e.attributes["d"]}`).toBe(true);
  }
  return root;
}

/** Every figure's interval lies within the axis it is drawn on. */
function withinAxis(root: Element, marks: readonly Element[]): void {
  const axis = byClass(root, "axis-value")[0];
  if (axis === undefined) return;
  const [low, high] = [Number(axis.attributes["data-low"]), Number(axis.attributes["data-high"])];
  for (const m of marks) {
    expect(Number(m.attributes["data-low"])).toBeGreaterThanOrEqual(low);
    if (m.attributes["data-high"] !== undefined) expect(Number(m.attributes["data-high"])).toBeLessThanOrEqual(high);
    else expect(m.attributes["data-unbounded"]).toBe("data-unbounded");
  }
}

const claimSpec = fc.record({
  estimate: arbEstimate({ units: ["person"], max: 1e12 }),
  start: fc.integer({ min: 0, max: 900 }),
  length: fc.integer({ min: 0, max: 90 }),
  lag: fc.integer({ min: 0, max: 60 }),
  source: fc.nat({ max: SOURCES.length - 1 }),
  restates: fc.option(fc.nat(), { nil: undefined }),
  deprecated: fc.boolean(),
});

/** Claims on the seed's casualty indicator by a few originators, some restating earlier ones, some withdrawn. */
const arbClaims = fc.array(claimSpec, { minLength: 1, maxLength: 12 }).map((specs) =>
  specs.map((s, i): Claim => {
    const restates = s.restates === undefined || i === 0 ? undefined : `c${s.restates % i}`;
    return {
      id: `c${i}`,
      indicator: casualtiesApril.indicator,
      estimate: s.estimate,
      validTime: s.length === 0 ? iso(s.start) : `${iso(s.start)}/${iso(s.start + s.length)}`,
      reportedAt: iso(s.start + s.length + s.lag),
      attribution: { originator: SOURCES[s.source] as Source },
      status: s.deprecated && restates === undefined ? { kind: "deprecated", reason: "retracted" } : { kind: "normal" },
      ...(restates !== undefined && { restates }),
    };
  }),
).filter((claims) => claims.every((c) => c.restates === undefined || claims.find((o) => o.id === c.restates)?.restates === undefined));

describe("revisionChart, for any history", () => {
  it("is well-formed, draws every figure known then within its axis, and is the same string for the same history", () => {
    fc.assert(
      fc.property(arbClaims, fc.option(fc.integer({ min: 0, max: 1100 }), { nil: undefined }), (claims, knownDay) => {
        const [h] = revisionHistory(deepFreeze(claims), { groupBy: "indicator" });
        const options = knownDay === undefined ? {} : { known: iso(knownDay) };
        const svg = revisionChart(h!, options);
        const root = checked(svg);
        const figures = byClass(root, "figure");
        withinAxis(root, figures);
        const known = claims.filter((c) => knownDay === undefined || c.reportedAt <= iso(knownDay));
        expect(figures.map((f) => f.attributes["data-claim"]).sort()).toEqual(known.map((c) => c.id).sort());
        expect(revisionChart(JSON.parse(JSON.stringify(h)), options)).toBe(svg);
      }),
      { numRuns: 100 },
    );
  });
});

const cell = fc.oneof(arbEstimate({ units: ["person"], max: 1e12 }), fc.constantFrom(...CASUALTY_STATES));

describe("casualtyChart, for any breakdown", () => {
  it("is well-formed, draws every figure within its axis and no bar for a figure not given", () => {
    const breakdowns = fc.record({ killed: cell, wounded: cell, missing: cell, captured: cell, total: cell, includes: fc.subarray([...CASUALTY_PARTS], { minLength: 1 }) });
    fc.assert(
      fc.property(breakdowns, fc.boolean(), (b, reconcile) => {
        const svg = casualtyChart(deepFreeze(b) as CasualtyBreakdown, { reconcile });
        const root = checked(svg);
        withinAxis(root, byClass(root, "bar"));
        expect(byClass(root, "row").length).toBe(5);
        for (const state of CASUALTY_STATES) for (const row of byClass(root, "row", state)) expect(byClass(row, "bar")).toEqual([]);
        expect(casualtyChart(JSON.parse(JSON.stringify(b)), { reconcile })).toBe(svg);
      }),
      { numRuns: 100 },
    );
  });
});

describe("deploymentChart, for any waves", () => {
  it("is well-formed and draws every step and plan within its axis, or refuses with a FogcountError", () => {
    fc.assert(
      fc.property(arbWaves(), (waves) => {
        let svg: string;
        try {
          svg = deploymentChart(deepFreeze(waves));
        } catch (e) {
          expect(isFogcountError(e)).toBe(true);
          return;
        }
        const root = checked(svg);
        withinAxis(root, [...byClass(root, "step").filter((s) => s.attributes["data-low"] !== undefined), ...byClass(root, "plan")]);
        expect(deploymentChart(JSON.parse(JSON.stringify(waves)))).toBe(svg);
      }),
      { numRuns: 100 },
    );
  });
});

describe("ledgerChart, for any ledger", () => {
  it("is well-formed, and draws each value unit on its own axis", () => {
    const value = fc.oneof(
      fc.constantFrom("USD", "EUR", "unknown").chain((u) => arbEstimate({ units: [u], max: 1e12 })).map((estimate) => ({ estimate, basis: "stated" as const })),
      arbEstimate({ units: ["SIPRI-TIV-million"], max: 1e5 }).map((estimate) => ({ estimate, basis: "index" as const, reference: "SIPRI TIV" })),
    );
    const entries = fc.array(
      fc.record({
        forward: fc.boolean(),
        category: fc.constantFrom("munitions", "personnel", "cash", "acme:satellite-parts"),
        evidence: fc.constantFrom("confirmed", "reported", "alleged", "none-observed"),
        quantity: fc.option(arbEstimate({ units: ["person", "shell"], max: 1e9 }), { nil: undefined }),
        value: fc.option(value, { nil: undefined }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(entries, (specs) => {
        const list = specs.map((s, i): LedgerEntry => entry(`e${i}`, {
          from: s.forward ? "KP" : "RU",
          to: s.forward ? "RU" : "KP",
          category: s.category as LedgerEntry["category"],
          evidence: s.evidence as LedgerEntry["evidence"],
          // a transfer not observed has no quantity and no value
          ...(s.quantity !== undefined && s.evidence !== "none-observed" && { quantity: s.quantity }),
          ...(s.value !== undefined && s.evidence !== "none-observed" && { value: s.value as LedgerEntry["value"] & object }),
        }));
        const svg = ledgerChart(ledger({ parties: PARTIES, entries: list }));
        const root = checked(svg);
        const units = byClass(root, "panel", "value").map((p) => p.attributes["data-unit"]);
        expect(new Set(units).size).toBe(units.length);
        expect(ledgerChart(JSON.parse(JSON.stringify(ledger({ parties: PARTIES, entries: list }))))).toBe(svg);
      }),
      { numRuns: 100 },
    );
  });
});
