import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { deploymentSeries, deploymentTotal, netPresence } from "../../src/deployment/index.js";
import { explain } from "../../src/explain/index.js";
import type { Explanation, Figure } from "../../src/explain/index.js";
import { formatEstimate, toInterval } from "../../src/index.js";
import { arbEstimate } from "../../src/testing/index.js";
import { deepFreeze, pointIn } from "../helpers.js";
import { problemIn } from "../fuzz/results.js";
import { arbPlans, arbWaves } from "./arbitraries.js";

const isoDay = fc.integer({ min: -30, max: 900 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

/** Every estimate of an explanation is the figure's own, all the way down. */
function sameValues(figure: Figure, node: Explanation): boolean {
  if (JSON.stringify(figure.estimate) !== JSON.stringify(node.estimate)) return false;
  const d = figure.derivation;
  if (d.op === "claim" || d.op === "given") return node.inputs === undefined;
  return d.inputs.length === node.inputs?.length && d.inputs.every((f, i) => sameValues(f, node.inputs?.[i] as Explanation));
}

describe("deployment properties", () => {
  it("deploymentTotal at the last date equals the last point of deploymentSeries, and at every point's date that point", () => {
    fc.assert(
      fc.property(arbWaves(), fc.constantFrom<("asserted" | "planned")[]>(["asserted"], ["asserted", "planned"]), (waves, modality) => {
        deepFreeze(waves);
        fc.pre(waves.some((w) => (modality as readonly string[]).includes(w.modality ?? "asserted")));
        const series = deploymentSeries(waves, { modality });
        const last = series.at(-1);
        expect(last).toBeDefined();
        expect(deploymentTotal(waves, { modality }).estimate).toEqual(last?.estimate);
        for (const point of series) expect(deploymentTotal(waves, { modality, asOf: point.date }).estimate).toEqual(point.estimate);
        expect(series.map((p) => p.date)).toEqual([...series.map((p) => p.date)].sort());
        expect(problemIn(series)).toBeUndefined();
      }),
    );
  });

  it("a plan never changes the asserted total", () => {
    const asserted = arbWaves({ planned: false });
    fc.assert(
      fc.property(asserted.chain((base) => fc.tuple(fc.constant(base), arbPlans(base))), isoDay, ([base, plans], asOf) => {
        const withPlans = deepFreeze([...base, ...plans]);
        const total = (list: typeof base, date?: string) => {
          try {
            return deploymentTotal(list, date === undefined ? {} : { asOf: date }).estimate;
          } catch (e) {
            return (e as { code?: string }).code;
          }
        };
        expect(total(withPlans)).toEqual(total(base));
        expect(total(withPlans, asOf)).toEqual(total(base, asOf));
        expect(deploymentSeries(withPlans).map((p) => p.estimate)).toEqual(deploymentSeries(base).map((p) => p.estimate));
      }),
    );
  });

  it("explain never changes a value", () => {
    fc.assert(
      fc.property(arbWaves({ planned: false }), isoDay, (waves, asOf) => {
        let figure: Figure;
        try {
          figure = deepFreeze(deploymentTotal(waves, { asOf }));
        } catch (e) {
          expect((e as { code?: string }).code).toBe("no-waves");
          return;
        }
        const before = structuredClone(figure);
        const json = explain(figure, { format: "json" });
        expect(sameValues(figure, json)).toBe(true);
        expect(explain(figure).startsWith(`${formatEstimate(figure.estimate)} troops = `)).toBe(true);
        expect(figure).toEqual(before);
      }),
    );
  });

  it("netPresence: the aware answer holds every reading of its counts, and explain shows its values", () => {
    const count = (max: number) => arbEstimate({ max, kinds: ["exact", "approx", "range", "atMost"] });
    fc.assert(
      fc.property(count(20_000), count(3000), count(6000), count(6000), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (deployed, killed, wounded, repatriated, t, u) => {
        const [d, k, w, r] = [deployed, killed, wounded, repatriated].map((e) => toInterval(e));
        const [rl, wh] = [r?.low ?? 0, w?.high ?? 0];
        fc.pre(rl < wh || (rl === wh && !r?.lowOpen && !w?.highOpen)); // the repatriated can be among the wounded
        let result: ReturnType<typeof netPresence>;
        try {
          result = netPresence(deepFreeze({ deployed, killed, wounded, repatriated }));
        } catch (e) {
          expect((e as { code?: string }).code).toBe("departures-exceed-deployed");
          return;
        }
        const aware = toInterval(result.aware.estimate);
        const dd = pointIn(d as never, t, 0);
        const kk = pointIn(k as never, u, 0);
        const rr = Math.min(pointIn(r as never, u, 0), w?.high ?? 0);
        const ww = Math.max(pointIn(w as never, t, 0), rr); // the repatriated are among the wounded
        for (const left of [rr, ww, (rr + ww) / 2]) {
          const there = dd - kk - left;
          if (there >= 0) {
            expect(there).toBeGreaterThanOrEqual(aware.low - 1e-6);
            expect(there).toBeLessThanOrEqual(aware.high + 1e-6);
          }
        }
        for (const f of [result.naive, result.aware]) expect(sameValues(f, explain(f, { format: "json" }))).toBe(true);
        expect(problemIn(result)).toBeUndefined();
      }),
    );
  });
});
