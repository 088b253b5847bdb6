// A best value always lies inside its interval: in every function that returns
// one, given estimates with bests anywhere inside them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  add,
  applyHedge,
  divide,
  multiply,
  ratio,
  scale,
  subtract,
  sumEstimates,
  toInterval,
} from "../../src/index.js";
import type { Estimate, HedgePolicy, Interval } from "../../src/index.js";
import { revisionHistory, revisions } from "../../src/revision/index.js";
import { arbClaim, arbEstimate } from "../../src/testing/index.js";
import { indicatorKey } from "../../src/claim/index.js";
import type { Claim } from "../../src/claim/index.js";
import { hasUnspecifiedText } from "../../src/revision/clock.js";
import { linksHold, pointIn } from "../helpers.js";

const t = fc.double({ min: 0, max: 1, noNaN: true });
/** An estimate with a best anywhere inside it (on an end it includes), or none. */
const withBest = (units: readonly string[] = ["person"]) =>
  fc.tuple(arbEstimate({ units, integers: false, max: 1e6 }), t, fc.nat(1e6), fc.boolean()).map(([e, u, reach, keep]): Estimate => {
    if (!keep || e.kind === "exact" || e.kind === "approx") return e;
    const { low, high, lowOpen, highOpen } = toInterval(e);
    // on an end it includes, or anywhere inside; never on an end it excludes
    const best = u === 0 && !lowOpen ? low : u === 1 && high < Infinity && !highOpen ? high : pointIn(toInterval(e), u, reach);
    return { ...e, best };
  });

function bestInside(result: Estimate | Interval | null | undefined): void {
  if (result === null || result === undefined) return;
  const { low, high, best } = "lowOpen" in result ? result : toInterval(result);
  const { lowOpen, highOpen } = "lowOpen" in result ? result : toInterval(result);
  if (best !== undefined) expect(best >= low && best <= high && !(lowOpen && best === low) && !(highOpen && best === high), `${best} in [${low}, ${high}]`).toBe(true);
}

/** Calls `fn`, and accepts the domain errors it documents. */
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (["unbounded-below", "division-by-zero-interval", "part-exceeds-whole", "overflow"].includes(code ?? "")) return undefined;
    throw e;
  }
}

const runs = { numRuns: 1000 };
const policy: fc.Arbitrary<HedgePolicy> = fc.oneof(fc.constantFrom("as-stated" as const, "rounding" as const), fc.record({ relative: fc.double({ min: 0, max: 2, noNaN: true }) }));

describe("every returned best lies in [low, high]", () => {
  it.each([
    ["add", add],
    ["subtract", subtract],
    ["multiply", multiply],
    ["divide", divide],
    ["ratio", ratio],
  ] as [string, (a: Estimate, b: Estimate) => Estimate][])("%s", (_name, fn) => {
    fc.assert(fc.property(withBest(), withBest(), (a, b) => bestInside(attempt(() => fn(a, b)))), runs);
  });

  it("scale", () => {
    fc.assert(fc.property(withBest(), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (e, f) => bestInside(attempt(() => scale(e, f)))), runs);
  });

  it("sumEstimates", () => {
    fc.assert(fc.property(fc.array(withBest(), { maxLength: 6 }), (list) => bestInside(sumEstimates(list, { unit: "person" }))), runs);
  });

  it("toInterval and applyHedge, under every hedge policy", () => {
    fc.assert(
      fc.property(withBest(), policy, (e, hedge) => {
        bestInside(attempt(() => toInterval(e, { hedge })));
        bestInside(attempt(() => applyHedge(e, hedge)));
      }),
      runs,
    );
  });

  it("the changes and rates of revisions", () => {
    // a replacement named but not in the claim's own series is a dangling link, which revisions refuses: named only where it is there
    const series = (c: Claim): string => indicatorKey({ ...c, attribution: { originator: { id: "any" } } } as Claim);
    const held = (c: Claim, list: readonly Claim[]): Claim["status"] =>
      c.status.kind === "deprecated" && c.status.supersededBy !== undefined && !list.some((d) => d.id === (c.status as { supersededBy: string }).supersededBy && series(d) === series(c))
        ? { kind: "deprecated", reason: c.status.reason }
        : c.status;
    const claims = fc
      // a valid time with unspecified digits ("20XX") is one no history can place
      .tuple(fc.uniqueArray(arbClaim().filter((c) => !hasUnspecifiedText(c.validTime)), { selector: (c) => c.id, maxLength: 6 }).filter(linksHold), fc.array(withBest(), { minLength: 6, maxLength: 6 }))
      .map(([list, bests]) => list.map((c, i) => ({ ...c, indicator: { ...c.indicator, unit: "person", aggregation: "stock" as const }, estimate: bests[i] as Estimate, status: held(c, list) })));
    fc.assert(
      fc.property(claims, (list) => {
        for (const h of revisionHistory(list)) {
          for (const r of revisions(h)) {
            bestInside(r.change);
            bestInside(r.ratePerDay);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
